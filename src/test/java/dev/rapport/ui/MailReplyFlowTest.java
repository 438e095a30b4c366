package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReplyTemplates;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Request;
import dev.rapport.ui.data.MailDrop;
import dev.rapport.ui.mail.DesktopMailHandOff;
import dev.rapport.ui.mail.MailHandOff;

import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 end to end: an .eml dropped on a client's page becomes an entry and a proposed request,
 * accepted from the keyboard; the request's Answer is handed to the mail program as a mailto:
 * link and saved as an .eml draft in reply to the client's message, in the person's language.
 */
@ExtendWith(ApplicationExtension.class)
class MailReplyFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client northwind;
    private Contact ilona;
    private final FakeHandOff handOff = new FakeHandOff();
    private MailHandOff before;

    /** Records what would have gone to the mail program; drafts go to the test's folder. */
    private final class FakeHandOff implements MailHandOff {
        final List<URI> composed = new ArrayList<>();
        final List<Path> opened = new ArrayList<>();

        @Override
        public void compose(URI mailto) {
            composed.add(mailto);
        }

        @Override
        public Optional<Path> draftFile(Window owner, String suggestedName) {
            return Optional.of(dir.resolve(suggestedName));
        }

        @Override
        public void open(Path draft) {
            opened.add(draft);
        }
    }

    @Start
    void start(Stage stage) {
        I18n.use(Language.ENGLISH);
        before = DesktopMailHandOff.install(handOff);
        session = UiTestSupport.journal(dir);
        northwind = session.clients().save(Client.create("Northwind Logistics"));
        ilona = session.contacts().save(new Contact(0, northwind.id(), "Ilona Kask", "", "Ilona.Kask@northwind.example", "", null, "",
                "", false));
        session.personMail().setLanguage(ilona.id(), Optional.of(Language.LITHUANIAN));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        DesktopMailHandOff.install(before);
        session.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDroppedRequestIsAcceptedAnsweredAndTheReplyDrafted(FxRobot robot) throws Exception {
        Path mail = dir.resolve("request.eml");
        try (InputStream in = MailReplyFlowTest.class.getResourceAsStream("/dev/rapport/mail/corpus/t01-01-request.eml")) {
            Files.copy(in, mail);
        }
        robot.interact(() -> main.showClient(northwind.id()));
        UiTestSupport.awaitShown(robot, "#client-page");
        Node page = robot.lookup("#client-page").query();
        Consumer<List<Path>> drop = (Consumer<List<Path>>) page.getProperties().get(MailDrop.DROPPED);

        robot.interact(() -> drop.accept(List.of(mail)));

        UiTestSupport.awaitShown(robot, "#mail-import-sheet");
        assertThat(robot.lookup("#mail-import-lines").queryAs(Label.class).getText())
                .startsWith(I18n.t("mail.error.line", "request.eml", I18n.t("mail.report.fromClient", "Northwind Logistics")));
        assertThat(session.interactions().forClient(northwind.id(), 10, 0)).hasSize(1);
        assertThat(session.mail().proposals()).hasSize(1);

        Button accept = robot.lookup(".mail-accept").queryAs(Button.class);
        robot.interact(accept::requestFocus);
        robot.type(KeyCode.SPACE);
        List<Request> requests = session.ledger().requests(null);
        assertThat(requests).hasSize(1);
        Request request = requests.get(0);
        assertThat(request.contactId()).isEqualTo(ilona.id());
        assertThat(accept.getText()).isEqualTo(I18n.t("mail.ui.accepted"));
        Node close = robot.lookup("#mail-import-sheet #form-save").query();
        robot.interact(close::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#mail-import-sheet").tryQuery().isEmpty());

        // the client's timeline now holds the request: Enter on it opens it
        ListView<?> timeline = robot.lookup("#client-timeline").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline.getItems().stream()
                .anyMatch(i -> i.getClass().getSimpleName().equals("RequestReceived")));
        int row = java.util.stream.IntStream.range(0, timeline.getItems().size())
                .filter(i -> timeline.getItems().get(i).getClass().getSimpleName().equals("RequestReceived")).findFirst().orElseThrow();
        robot.interact(() -> {
            timeline.requestFocus();
            timeline.getSelectionModel().select(row);
        });
        robot.type(KeyCode.ENTER);
        await(robot, "#request-answer");
        UiTestSupport.type(robot, "#request-answer-1", "Taip, nuo 16 d.");
        UiTestSupport.type(robot, "#request-answer-2", "Vežėjas B.");
        robot.interact(() -> robot.lookup("#request-answer").queryButton().fire());
        String reply = robot.lookup("#request-reply").queryAs(TextArea.class).getText();
        assertThat(reply).contains(ReplyTemplates.anythingElse(Language.LITHUANIAN))
                .contains("1. " + request.questions().get(0)).contains("Taip, nuo 16 d.");
        assertThat(reply.indexOf("Taip, nuo 16 d.")).isLessThan(reply.indexOf("2. " + request.questions().get(1)));

        robot.interact(() -> robot.lookup("#request-mailto").queryButton().fire());
        assertThat(handOff.composed).hasSize(1);
        String uri = handOff.composed.get(0).toString();
        assertThat(uri).startsWith("mailto:Ilona.Kask@northwind.example?subject=");
        String subject = uri.substring(uri.indexOf("subject=") + 8, uri.indexOf("&body="));
        String body = uri.substring(uri.indexOf("&body=") + 6);
        assertThat(URLDecoder.decode(subject, StandardCharsets.UTF_8)).isEqualTo("Re: Rollout plan: two questions before Thursday");
        assertThat(URLDecoder.decode(body, StandardCharsets.UTF_8)).isEqualTo(reply.replace("\n", "\r\n"));

        robot.interact(() -> robot.lookup("#request-eml").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !handOff.opened.isEmpty());
        Path draft = handOff.opened.get(0);
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(draft));
        assertThat(parsed.getHeader("In-Reply-To", null)).isEqualTo("<t1-req@northwind.example>");
        assertThat(parsed.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(parsed.getSubject()).isEqualTo("Re: Rollout plan: two questions before Thursday");
        assertThat(((String) parsed.getContent()).replace("\r\n", "\n").strip()).isEqualTo(reply.strip());
    }

    private static void await(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }
}
