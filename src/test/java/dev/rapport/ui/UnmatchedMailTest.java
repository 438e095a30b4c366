package dev.rapport.ui;

import dev.rapport.export.mail.MailFiles;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.MailMessage;
import dev.rapport.ui.mail.UnmatchedMail;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Journal → Unmatched mail: a waiting message assigned to a person from the keyboard, another ignored. */
@ExtendWith(ApplicationExtension.class)
class UnmatchedMailTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Client northwind;
    private Contact mark;

    @Start
    void start(Stage stage) throws URISyntaxException {
        I18n.use(Language.ENGLISH);
        session = UiTestSupport.journal(dir);
        northwind = session.clients().save(Client.create("Northwind Logistics"));
        mark = session.contacts().save(new Contact(0, northwind.id(), "Mark Tamm", "", "mark.tamm@northwind.example", "", null, "", "",
                false));
        Path corpus = Path.of(UnmatchedMailTest.class.getResource("/dev/rapport/mail/corpus").toURI());
        List<MailMessage> messages = new ArrayList<>();
        for (String name : List.of("t13-01-unmatched.eml", "t14-01-gmail-client.eml")) {
            messages.add(MailFiles.read(corpus.resolve(name)));
        }
        session.mail().take(messages, false, false, (m, e) -> { });
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aWaitingMessageIsAssignedToAPersonAndAnotherIgnored(FxRobot robot) throws Exception {
        assertThat(session.mail().unmatched()).hasSize(2);
        MenuButton menu = robot.lookup("#journal-menu").queryAs(MenuButton.class);
        MenuItem item = menu.getItems().stream().filter(i -> "menu-unmatched-mail".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getUserData()).isInstanceOf(UnmatchedMail.class);
        robot.interact(item::fire);
        UiTestSupport.awaitShown(robot, "#unmatched-mail-sheet");
        List<Node> rows = new ArrayList<>(robot.lookup(".unmatched-row").queryAll());
        assertThat(rows).hasSize(2);

        // the oldest first: Laura's of 23 November, then Tom's from a public mail service
        @SuppressWarnings("unchecked")
        ComboBox<UnmatchedMail.Choice> person = (ComboBox<UnmatchedMail.Choice>) rows.get(0).lookup(".unmatched-person");
        robot.interact(() -> {
            person.requestFocus();
            person.getSelectionModel().select(0);
        });
        assertThat(person.getValue().person().id()).isEqualTo(mark.id());
        robot.type(KeyCode.TAB);
        Button assign = (Button) rows.get(0).lookup(".unmatched-assign");
        assertThat(assign.isFocused()).isTrue();
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.mail().unmatched().size() == 1);
        assertThat(session.personMail().otherEmails(mark.id())).containsExactly("laura@talentfinders.example");
        assertThat(session.interactions().forClient(northwind.id(), 10, 0)).hasSize(1);

        Button ignore = (Button) rows.get(1).lookup(".unmatched-ignore");
        robot.interact(ignore::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> session.mail().unmatched().isEmpty());
        assertThat(rows.get(1).lookupAll(".label").stream().map(n -> ((Label) n).getText()))
                .contains(I18n.t("mail.unmatched.ignored"));
    }
}
