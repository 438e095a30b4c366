package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
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
 * tests stand in for them): opening the demo journal and restoring a backup open, write and close
 * journals on the app's journal thread, never on the FX thread, and leave no journal open behind them.
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

    /** Whether the session was closed: a closed journal refuses every query. */
    private static boolean closed(JournalSession session) {
        try {
            session.clients().count();
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    @Test
    void theDemoJournalOpensAndTheJournalItReplacesClosesOffTheFxThread() throws Exception {
        FxRobot robot = new FxRobot();
        RapportApp rapport = (RapportApp) app;
        waitFor(() -> robot.lookup("#today-view").tryQuery().isPresent());
        JournalSession first = main().context().session();

        Node before = stage.getScene().getRoot();
        robot.interact(() -> rapport.journals().openDemo());
        waitFor(() -> stage.getScene().getRoot() != before && stage.getScene().getRoot() instanceof MainView);
        JournalSession demo = main().context().session();
        assertThat(demo).isNotSameAs(first);
        assertThat(demo.clients().count()).isPositive();
        // the journal replaced is closed on the journal thread once the demo shows (its lock and connection go)
        waitFor(() -> closed(first));
        assertThat(closed(demo)).isFalse();
    }

    @Test
    void aRestoreClosesTheJournalAndOpensItAgainOffTheFxThread() throws Exception {
        FxRobot robot = new FxRobot();
        RapportApp rapport = (RapportApp) app;
        waitFor(() -> robot.lookup("#today-view").tryQuery().isPresent());
        JournalSession before = main().context().session();
        Path journal = before.file();
        long clients = before.clients().count();
        Path backup = before.backups().backupNow(null);
        List<BackupInfo> backups = before.backups().list();
        assertThat(backups).extracting(BackupInfo::file).contains(backup);

        Node restoredFrom = stage.getScene().getRoot();
        robot.interact(() -> rapport.journals().restore(backup));
        // the window says it restored in a dialog of its own
        waitFor(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitFor(() -> stage.getScene().getRoot() != restoredFrom && stage.getScene().getRoot() instanceof MainView);
        JournalSession restored = main().context().session();
        assertThat(restored).isNotSameAs(before);
        assertThat(closed(before)).isTrue();
        assertThat(restored.file()).isEqualTo(journal);
        assertThat(restored.clients().count()).isEqualTo(clients);
        assertThat(stage.getScene().getRoot().isDisabled()).isFalse();
    }
}
