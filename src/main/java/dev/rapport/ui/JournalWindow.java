package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.AlertDialogs;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.FxFailures;
import dev.rapport.ui.security.LockedScreen;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window a journal is shown in: its frame, title, size and place on screen, and what waits for
 * the window's first frame (its icons, the start-up check and backup).
 */
final class JournalWindow {
    private final Stage stage;
    private final Background background;
    private final AlertDialogs dialogs;

    JournalWindow(Stage stage, Background background) {
        this.stage = stage;
        this.background = background;
        this.dialogs = new AlertDialogs(() -> stage);
    }

    Stage stage() {
        return stage;
    }

    /** Dialogs owned by the window. */
    AlertDialogs dialogs() {
        return dialogs;
    }

    /** Shows a new frame on {@code session}; the first time, where the window last stood and what waits for the first frame. */
    Scene show(JournalSession session, JournalActions actions) {
        boolean first = !stage.isShowing();
        if (first) {
            background.holdResults();
        }
        MainView main = new MainView(session, background, dialogs, actions);
        Thread.currentThread().setUncaughtExceptionHandler(new FxFailures(main::say));
        Scene scene = new Scene(main, 1280, 800);
        scene.getStylesheets().add(RapportApp.class.getResource("rapport.css").toExternalForm());
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Rapport — " + session.displayName() + "  (" + session.file().getParent() + ")"
                + (session.readOnlyNotice() != null ? " — " + I18n.t("app.title.readOnly") : ""));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (first) {
            WindowPlacement.restore(stage);
        }
        stage.show();
        StartupMaintenance maintenance = new StartupMaintenance(session, background, main, actions);
        if (first) {
            FirstFrame.then(scene, background, () -> {
                background.deliverHeld();
                WindowIcons.setAside(stage);
                maintenance.run();
            });
        } else {
            maintenance.run();
        }
        return scene;
    }

    /** The locked screen in place of the frame: the journal is closed until {@code unlock} opens it again. */
    void showLocked(Path file, Runnable unlock) {
        LockedScreen locked = new LockedScreen(file.getFileName().toString(), unlock);
        stage.getScene().setRoot(locked);
        stage.setTitle(I18n.t("app.title.locked"));
    }

    /** The frame takes no clicks while its journal is being replaced. */
    void holdStill() {
        stage.getScene().getRoot().setDisable(true);
    }
}
