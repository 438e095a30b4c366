package dev.rapport.ui;

import dev.rapport.tools.Tools;

import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The app as `rapport --demo` starts it: the journal prepared beside the toolkit, the window, then Today's rows. */
class AppStartTest {
    private Stage stage;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Desktop.prepare(null, true, Tools.desktop(), () -> { });
        app = FxToolkit.setupApplication(RapportApp.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensOnTodayAndItsRowsAndIconsFollowTheFirstFrame() throws Exception {
        FxRobot robot = new FxRobot();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).contains("demo.rapport");
        assertThat(robot.lookup("#today-view").tryQuery()).isPresent();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#today-group-overdue").tryQuery().isPresent());
        assertThat(robot.lookup("#today-subtitle").queryAs(Label.class).getText()).contains("due now");
        assertThat(robot.lookup("#today-badge").queryAs(Label.class).isVisible()).isTrue();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.getIcons().isEmpty());
        assertThat(stage.getIcons()).hasSize(6);
    }
}
