package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class BackupFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final RecordingActions actions = new RecordingActions();

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Acme"));
        UiTestSupport.show(stage, session, dialogs, actions);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void backUpNowThenRestoreItAfterAPreview(FxRobot robot) {
        robot.clickOn("#journal-menu").clickOn("Back up now");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Backup written to");
        assertThat(session.backups().list()).hasSize(1);

        robot.clickOn("#journal-menu").clickOn("Restore from backup…");
        ListView<?> backups = robot.lookup("#restore-backups").queryAs(ListView.class);
        assertThat(backups.getItems()).hasSize(1);
        robot.interact(() -> backups.getSelectionModel().select(0));
        assertThat(robot.lookup("#restore-preview").queryAs(Label.class).getText()).startsWith("1 client, 0 people and 0 journal entries");
        robot.clickOn("#form-save");
        assertThat(dialogs.asked).singleElement().asString().startsWith("Restore this backup?");
        assertThat(actions.calls).containsExactly("restore " + session.backups().list().get(0).file().getFileName());
    }

    @Test
    void restoringWithoutChoosingSaysWhatToDo(FxRobot robot) {
        robot.clickOn("#journal-menu").clickOn("Restore from backup…");
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#error-backup").queryAs(Label.class).getText()).isEqualTo("Choose the backup to restore.");
        assertThat(actions.calls).isEmpty();
    }
}
