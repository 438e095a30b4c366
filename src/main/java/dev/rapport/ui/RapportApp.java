package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.BackupService;
import dev.rapport.logic.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.AlertDialogs;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.security.EncryptionActions;
import dev.rapport.ui.security.IdleLock;
import dev.rapport.ui.security.LockedScreen;
import dev.rapport.ui.security.UnlockDialog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.Image;
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
                icons(stage);
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
            afterFirstFrame(scene, () -> {
                background.deliverHeld();
                iconsDecodedAside(stage);
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
        int minutes = next.isEncrypted() ? IdleLock.minutes(next.settings().get(IdleLock.SETTING)) : 0;
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
        session.close();
        session = null;
        try {
            Path aside = BackupService.restore(journal, backup, java.time.Clock.systemDefaultZone());
            openOrUnlock(journal);
            new AlertDialogs(() -> stage).info(I18n.t("app.restored"),
                    I18n.t("app.restored.text", backup.getFileName().toString(), aside.toString()));
        } catch (RapportException e) {
            new AlertDialogs(() -> stage).error(I18n.t("app.restoreFailed"), e.getMessage());
            openOrUnlock(journal);
        }
    }

    /**
     * Runs {@code then} once the first frame is laid out. Start-up measurement, off unless asked
     * for: {@code -Drapport.firstFrameFile=FILE} writes the wall-clock times of that frame and of
     * the first frame that shows what the first background loads brought (see {@link FirstFrameFile}),
     * and {@code -Drapport.exitAfterFirstFrame=true} then quits (the installer uses it to list the
     * classes a start loads, for its class-data archive).
     */
    private void afterFirstFrame(Scene scene, Runnable then) {
        String file = System.getProperty("rapport.firstFrameFile");
        boolean exit = Boolean.getBoolean("rapport.exitAfterFirstFrame");
        afterNextPulse(scene, () -> {
            if (file != null) {
                FirstFrameFile.frame(Path.of(file));
            }
            Platform.runLater(() -> {
                then.run();
                if (file != null || exit) {
                    // Queued behind the first loads on the one worker, so it comes back after their results.
                    background.run(() -> null, done -> afterNextPulse(scene, () -> {
                        if (file != null) {
                            FirstFrameFile.content(Path.of(file));
                        }
                        if (exit) {
                            Platform.runLater(Platform::exit);
                        }
                    }), t -> LOG.log(Level.WARNING, "Start-up measurement failed", t));
                }
            });
        });
    }

    private static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private void switchToDemo() {
        try {
            openDemoJournal();
        } catch (RapportException e) {
            new AlertDialogs(() -> stage).error(I18n.t("app.demoFailed"), e.getMessage());
        }
    }

    private void openDemoJournal() {
        demoFolder = StartPreparation.demoFolder();
        JournalSession demo = JournalSession.open(demoFolder.resolve("demo.rapport"));
        DemoJournal.fill(demo);
        show(demo);
    }

    /** The window's icons, unless it has them already (a journal unlocked again after the idle lock shows in the same window). */
    private static void icons(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(decodeIcons());
        }
    }

    /** The window's icons decoded on a thread of their own, so the frame with Today's rows does not wait for six PNGs. */
    private static void iconsDecodedAside(Stage stage) {
        Thread decoder = new Thread(() -> {
            List<Image> icons = decodeIcons();
            Platform.runLater(() -> {
                if (stage.getIcons().isEmpty()) {
                    stage.getIcons().setAll(icons);
                }
            });
        }, "rapport-icons");
        decoder.setDaemon(true);
        decoder.start();
    }

    private static List<Image> decodeIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            try (InputStream in = RapportApp.class.getResourceAsStream("icons/rapport-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "No icon of size " + size, e);
            }
        }
        return icons;
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
