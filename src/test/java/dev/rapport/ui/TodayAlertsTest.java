package dev.rapport.ui;

import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** An investigate alert tops Today and leads to the client, with its open problems and weakest attributes named. */
@ExtendWith(ApplicationExtension.class)
class TodayAlertsTest {
    @RegisterExtension
    final UiTestSupport.Window window = UiTestSupport.demoWindow();

    @Test
    void alertsComeFirstAndOpenTheirClient(FxRobot robot) {
        window.show(robot);
        var alerts = window.session().health().alerts();
        assertThat(alerts).isNotEmpty();
        Node section = robot.lookup("#today-alerts").query();
        assertThat(section.getParent().getChildrenUnmodifiable().get(0)).isSameAs(section);
        var clientAlert = alerts.stream().filter(a -> a.clientId() != null).findFirst().orElseThrow();
        String tileId = "#today-alert-" + clientAlert.clientId() + "-" + clientAlert.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        assertThat(robot.lookup(tileId).queryAs(atlantafx.base.controls.Tile.class).getDescription()).contains("open problem");
        robot.interact(() -> robot.lookup(tileId + " .button").queryButton().fire());
        assertThat(robot.lookup("#client-title").queryLabeled().getText()).isEqualTo(clientAlert.clientName());
    }
}
