package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Request;
import dev.rapport.ui.data.MailDrop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail dropped onto the window: an entry and a proposed request, shown in a sheet, accepted with one click. */
@ExtendWith(ApplicationExtension.class)
class MailDropTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Client northwind;

    @Start
    void start(Stage stage) {
        I18n.use(Language.ENGLISH);
        session = UiTestSupport.journal(dir);
        northwind = session.clients().save(Client.create("Northwind Logistics"));
        session.contacts().save(new Contact(0, northwind.id(), "Ilona Kask", "", "ilona.kask@northwind.example", "", null, "", "", false));
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aDroppedMessageBecomesAnEntryAndARequestToAccept(FxRobot robot) throws Exception {
        Path mail = dir.resolve("request.eml");
        Files.copy(MailDropTest.class.getResourceAsStream("/dev/rapport/mail/corpus/t01-01-request.eml"), mail);
        MenuButton menu = robot.lookup("#journal-menu").queryAs(MenuButton.class);
        MenuItem item = menu.getItems().stream().filter(i -> "menu-import-mail".equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.getText()).isEqualTo(I18n.t("mail.ui.menu"));
        MailDrop drop = (MailDrop) item.getUserData();

        robot.interact(() -> drop.importFiles(List.of(mail)));
        UiTestSupport.awaitShown(robot, "#mail-import-sheet");
        assertThat(robot.lookup("#mail-import-lines").queryAs(Label.class).getText())
                .startsWith(I18n.t("mail.error.line", "request.eml", I18n.t("mail.report.fromClient", "Northwind Logistics")));
        assertThat(session.interactions().forClient(northwind.id(), 10, 0)).hasSize(1);
        assertThat(session.ledger().requests(null)).isEmpty();

        Button accept = robot.lookup(".mail-accept").queryAs(Button.class);
        robot.clickOn(accept);
        List<Request> requests = session.ledger().requests(null);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).questions()).hasSize(2);
        assertThat(accept.getText()).isEqualTo(I18n.t("mail.ui.accepted"));
    }
}
