package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.BackupService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.AlertDialogs;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.security.EncryptionActions;
import dev.rapport.ui.security.IdleLock;
import dev.rapport.ui.security.LockedScreen;
import dev.rapport.ui.security.UnlockDialog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The desktop application: opens the journal, shows the main window, closes the journal on exit. */
public final class RapportApp extends Application implements JournalActions {
    private static final Logger LOG = Logger.getLogger(RapportApp.class.getName());

    private Stage stage;
    private JournalSession session;
    private Path demoFolder;
    private final Background background = Background.singleThread();
    private IdleLock idleLock;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        StartPreparation.Ready ready = Desktop.preparation().await();
        ready.theme().apply();
        dev.rapport.ui.settings.TextSize.saved().apply();
        demoFolder = ready.demoFolder();
        try {
            if (ready.failure() != null) {
                throw ready.failure();
            } else if (ready.encrypted() != null) {
                WindowIcons.set(stage);
                unlock(ready.encrypted());
            } else {
                show(ready.session());
            }
        } catch (RapportException e) {
            LOG.log(Level.WARNING, "Could not open the journal", e);
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage(),
                    new ButtonType(I18n.t("dialogs.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
            alert.setTitle("Rapport");
            alert.setHeaderText(I18n.t("app.openFailed"));
            alert.showAndWait();
            Platform.exit();
        }
    }

    /** Shows the main window on a session; the previous one, if any, is closed. */
    void show(JournalSession next) {
        JournalSession previous = session;
        session = next;
        if (previous == null) {
            background.holdResults();
        }
        MainView main = new MainView(next, background, new AlertDialogs(() -> stage), this);
        Thread.currentThread().setUncaughtExceptionHandler(new dev.rapport.ui.common.FxFailures(main::say));
        Scene scene = new Scene(main, 1280, 800);
        scene.getStylesheets().add(RapportApp.class.getResource("rapport.css").toExternalForm());
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.setTitle("Rapport — " + next.displayName() + "  (" + next.file().getParent() + ")"
                + (next.readOnlyNotice() != null ? " — " + I18n.t("app.title.readOnly") : ""));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        if (previous == null) {
            WindowPlacement.restore(stage);
        }
        stage.show();
        StartupMaintenance maintenance = new StartupMaintenance(next, background, main, this);
        if (previous == null) {
            // The window's icons and the start-up check and backup wait until the window is on screen.
            FirstFrame.then(scene, background, () -> {
                background.deliverHeld();
                WindowIcons.setAside(stage);
                maintenance.run();
            });
        } else {
            previous.close();
            maintenance.run();
        }
        watchIdle(next, scene);
    }

    private void openOrUnlock(Path file) {
        if (JournalSession.isEncrypted(file)) {
            unlock(file);
        } else {
            show(JournalSession.open(file));
        }
    }

    /** Asks for the passphrase of an encrypted journal; with none given, quits unless a locked window is showing. */
    private void unlock(Path file) {
        UnlockDialog dialog = new UnlockDialog(stage, file.getFileName().toString(), background,
                passphrase -> JournalSession.openEncrypted(file, passphrase));
        dialog.showAndWait().ifPresentOrElse(this::show, () -> {
            if (session == null && !stage.isShowing()) {
                Platform.exit();
            }
        });
    }

    private void watchIdle(JournalSession next, Scene scene) {
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        int minutes = next.isEncrypted() ? next.settings().current().autoLockMinutes() : 0;
        if (minutes > 0) {
            idleLock = IdleLock.install(scene, java.time.Duration.ofMinutes(minutes), this::lock);
        }
    }

    /** Closes the encrypted journal (its key leaves memory), shows the locked screen and asks again. */
    private void lock() {
        Path file = session.file();
        session.close();
        session = null;
        idleLock = null;
        LockedScreen locked = new LockedScreen(file.getFileName().toString(), () -> unlock(file));
        stage.getScene().setRoot(locked);
        stage.setTitle(I18n.t("app.title.locked"));
        Platform.runLater(() -> unlock(file));
    }

    @Override
    public void open(Path journal) {
        try {
            if (session != null && journal.toAbsolutePath().equals(session.file())) {
                return;
            }
            openOrUnlock(journal);
        } catch (RapportException e) {
            new AlertDialogs(() -> stage).error(I18n.t("app.openFailed"), e.getMessage());
        }
    }

    @Override
    public void encrypt() {
        encryption().encrypt(session, this::show);
    }

    @Override
    public void decrypt() {
        encryption().decrypt(session, this::show);
    }

    @Override
    public void changePassphrase() {
        encryption().changePassphrase(session, () -> new AlertDialogs(() -> stage).info(I18n.t("app.passphraseChanged"),
                I18n.t("app.passphraseChanged.text")));
    }

    private EncryptionActions encryption() {
        return new EncryptionActions(stage, background, new AlertDialogs(() -> stage));
    }

    @Override
    public void openDemo() {
        switchToDemo();
    }

    @Override
    public void restore(Path backup) {
        Path journal = session.file();
        JournalSession closing = session;
        session = null;
        // the copy runs off the FX thread; the window it leaves takes no clicks meanwhile
        stage.getScene().getRoot().setDisable(true);
        background.run(() -> {
            closing.close();
            return BackupService.restore(journal, backup, java.time.Clock.systemDefaultZone());
        }, aside -> {
            openOrUnlock(journal);
            new AlertDialogs(() -> stage).info(I18n.t("app.restored"),
                    I18n.t("app.restored.text", backup.getFileName().toString(), aside.toString()));
        }, failure -> {
            new AlertDialogs(() -> stage).error(I18n.t("app.restoreFailed"), failure.getMessage());
            openOrUnlock(journal);
        });
    }

    private void switchToDemo() {
        background.run(() -> {
            Path folder = StartPreparation.demoFolder();
            JournalSession demo = JournalSession.open(folder.resolve("demo.rapport"));
            Desktop.tools().demo().fill(demo);
            return java.util.Map.entry(folder, demo);
        }, made -> {
            demoFolder = made.getKey();
            show(made.getValue());
        }, failure -> new AlertDialogs(() -> stage).error(I18n.t("app.demoFailed"), failure.getMessage()));
    }

    @Override
    public void stop() {
        WindowPlacement.save(stage);
        if (session != null) {
            session.close();
        }
        if (demoFolder != null) {
            deleteQuietly(demoFolder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete the demo journal", e);
        }
    }
}
