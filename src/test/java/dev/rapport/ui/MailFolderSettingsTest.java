package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Mail folders by keyboard: a folder pasted in, Check now from the menu and the button, removed with Delete. */
@ExtendWith(ApplicationExtension.class)
class MailFolderSettingsTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Path inbox;

    @Start
    void start(Stage stage) throws IOException {
        I18n.use(Language.ENGLISH);
        session = UiTestSupport.journal(dir);
        Client northwind = session.clients().save(Client.create("Northwind Logistics"));
        session.contacts().save(new Contact(0, northwind.id(), "Ilona Kask", "", "ilona.kask@northwind.example", "", null, "", "",
                false));
        inbox = dir.resolve("Inbox");
        Files.writeString(inbox, String.join("\n",
                "From - Mon Nov 23 09:00:00 2026",
                "From: Ilona Kask <ilona.kask@northwind.example>",
                "To: Dana Moraru <dana@moraru-consulting.eu>",
                "Subject: Budget review",
                "Message-ID: <budget-1@northwind.example>",
                "Date: Mon, 23 Nov 2026 09:00:00 +0000",
                "",
                "Could you send the revised budget by Friday?",
                "",
                "From - Mon Nov 23 10:00:00 2026",
                "From: Ilona Kask <ilona.kask@northwind.example>",
                "To: Dana Moraru <dana@moraru-consulting.eu>",
                "Subject: Agenda",
                "Message-ID: <agenda-1@northwind.example>",
                "Date: Mon, 23 Nov 2026 10:00:00 +0000",
                "",
                "The agenda is attached.",
                ""));
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aFolderIsChosenOnceCheckedForNewMailAndRemoved(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        UiTestSupport.type(robot, "#settings-mail-folder-path", dir.resolve("nowhere").toString());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#settings-mail-folder-error").queryAs(Label.class).getText())
                .isEqualTo(I18n.t("mailFolders.settings.pathMissing", dir.resolve("nowhere").toString()));

        robot.interact(() -> robot.lookup("#settings-mail-folder-path").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write(inbox.toString());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<String> folders = robot.lookup("#settings-mail-folder-list").queryAs(ListView.class);
        assertThat(folders.getItems()).containsExactly(inbox.toString());
        assertThat(session.settings().current().mailFolders()).containsExactly(inbox.toString());
        assertThat(robot.lookup("#settings-mail-folder-error").queryAs(Label.class).getText()).isEmpty();

        // Journal → Check mail folders now: the progress sheet, then the news on the status line.
        robot.clickOn("#journal-menu");
        UiTestSupport.clickWhenShown(robot, I18n.t("mailFolders.menu.check"));
        String said = robot.lookup("#settings-mail-folder-said").queryAs(Label.class).getText();
        assertThat(said).startsWith(I18n.t("mailFolders.check.done", ""));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(said);
        assertThat(robot.lookup("#mail-folders-sheet").tryQuery()).as("the progress sheet closes when the reading is done").isEmpty();
        assertThat(session.stats().journal().entries()).isEqualTo(2);
        assertThat(session.mail().proposals()).hasSize(1);

        // Check now by keyboard: the folder has not changed, nothing new, nothing doubled.
        Node check = robot.lookup("#settings-mail-folder-check").query();
        robot.interact(check::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertThat(robot.lookup("#settings-mail-folder-said").queryAs(Label.class).getText())
                .isEqualTo(I18n.plural("mailFolders.check.nothingNew", 1));
        assertThat(session.stats().journal().entries()).isEqualTo(2);

        // The page was built again when mail came in: the list as it is now.
        @SuppressWarnings("unchecked")
        ListView<String> shown = robot.lookup("#settings-mail-folder-list").queryAs(ListView.class);
        assertThat(shown.getItems()).containsExactly(inbox.toString());
        robot.interact(() -> {
            shown.requestFocus();
            shown.getSelectionModel().select(0);
        });
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        assertThat(shown.getItems()).isEmpty();
        assertThat(session.settings().current().mailFolders()).isEqualTo(List.of());
        assertThat(robot.lookup("#settings-mail-folder-check").query().isDisabled()).isTrue();
    }
}
