package dev.rapport.ui;

import dev.rapport.model.BackupInfo;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own journal switches, which replace the open journal (the window's other
 * tests stand in for them): opening the demo journal and restoring a backup write on the app's
 * journal thread, never on the FX thread.
 */
class JournalSwitchWritesTest {
    private Stage stage;
    private Application app;
    private FxThreadWrites writes;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Desktop.prepare(null, true, dev.rapport.tools.Tools.desktop(), () -> { });
        app = FxToolkit.setupApplication(RapportApp.class);
        writes = FxThreadWrites.watch();
    }

    @AfterEach
    void stop() throws Exception {
        try {
            writes.assertNone();
        } finally {
            writes.close();
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private MainView main() {
        return (MainView) stage.getScene().getRoot();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    @Test
    void theDemoJournalAndARestoreAreWrittenOffTheFxThread() throws Exception {
        FxRobot robot = new FxRobot();
        RapportApp rapport = (RapportApp) app;
        waitFor(() -> robot.lookup("#today-view").tryQuery().isPresent());

        Node before = stage.getScene().getRoot();
        robot.interact(rapport::openDemo);
        waitFor(() -> stage.getScene().getRoot() != before && stage.getScene().getRoot() instanceof MainView);
        assertThat(main().context().session().clients().count()).isPositive();

        Path journal = main().context().session().file();
        Path backup = main().context().session().backups().backupNow(null);
        List<BackupInfo> backups = main().context().session().backups().list();
        assertThat(backups).extracting(BackupInfo::file).contains(backup);
        Node restoredFrom = stage.getScene().getRoot();
        robot.interact(() -> rapport.restore(backup));
        // the window says it restored in a dialog of its own
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> stage.getScene().getRoot() != restoredFrom && stage.getScene().getRoot() instanceof MainView);
        assertThat(main().context().session().file()).isEqualTo(journal);
        assertThat(main().context().session().clients().count()).isPositive();
    }
}
