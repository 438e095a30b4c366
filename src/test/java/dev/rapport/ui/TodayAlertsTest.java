package dev.rapport.ui;

import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** An investigate alert tops Today and leads to the client, with its open problems and weakest attributes named. */
@ExtendWith(ApplicationExtension.class)
class TodayAlertsTest {
    @TempDir
    Path dir;

    private JournalSession session;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        DemoJournal.fill(session);
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void alertsComeFirstAndOpenTheirClient(FxRobot robot) {
        var alerts = session.health().alerts();
        assertThat(alerts).isNotEmpty();
        Node section = robot.lookup("#today-alerts").query();
        assertThat(section.getParent().getChildrenUnmodifiable().get(0)).isSameAs(section);
        var clientAlert = alerts.stream().filter(a -> a.clientId() != null).findFirst().orElseThrow();
        String tileId = "#today-alert-" + clientAlert.clientId();
        assertThat(robot.lookup(tileId).queryAs(atlantafx.base.controls.Tile.class).getDescription()).contains("open problem");
        robot.interact(() -> robot.lookup(tileId + " .button").queryButton().fire());
        assertThat(robot.lookup("#client-title").queryLabeled().getText()).isEqualTo(clientAlert.clientName());
    }
}
