package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.ui.notify.NoticeBell;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The bell in the top bar counts new notices once; Settings switches them off. */
@ExtendWith(ApplicationExtension.class)
class NoticesFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme"));
        session.ledger().save(Promise.create(acme.id(), "Send the plan", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25)));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theBellStopsCheckingWhenItsWindowShowsAnotherJournal(FxRobot robot) {
        NoticeBell bell = robot.lookup("#notices-bell").queryAs(NoticeBell.class);
        assertThat(bell.isChecking()).isTrue();
        Stage stage = (Stage) bell.getScene().getWindow();
        robot.interact(() -> stage.setScene(new Scene(new StackPane(), 400, 300)));
        assertThat(bell.isChecking()).as("a closed journal's bell must not check every minute").isFalse();
    }

    @Test
    void theBellCountsTheNoticeOnceAndSettingsSwitchThemOff(FxRobot robot) {
        Button bell = robot.lookup("#notices-bell").queryAs(Button.class);
        assertThat(bell.getText()).isEqualTo("1");
        robot.clickOn("#notices-bell");
        UiTestSupport.clickWhenShown(robot, "#notice-0");
        assertThat(robot.lookup("#client-title").tryQuery()).isPresent();
        assertThat(bell.getText()).isNull();
        assertThat(session.notices().take()).isEmpty();

        robot.interact(main::showSettings);
        CheckBox on = robot.lookup("#settings-notices").queryAs(CheckBox.class);
        assertThat(on.isSelected()).isTrue();
        robot.interact(() -> on.setSelected(false));
        assertThat(session.notices().enabled()).isFalse();
    }
}
