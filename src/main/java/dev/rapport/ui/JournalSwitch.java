package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.BackupService;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.security.EncryptionActions;
import dev.rapport.ui.security.IdleLock;
import dev.rapport.ui.security.UnlockDialog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The journal open in the window and what takes its place: another journal, the demo, a backup
 * restored, the lock after idle minutes. Journals open and close on the journal thread, never on
 * the FX thread; a journal replaced closes once the next one shows.
 */
final class JournalSwitch implements JournalActions {
    private static final Logger LOG = Logger.getLogger(JournalSwitch.class.getName());

    private final JournalWindow window;
    private final Background background;
    private final List<Path> demoFolders = new ArrayList<>();
    private JournalSession session;
    private IdleLock idleLock;

    JournalSwitch(JournalWindow window, Background background) {
        this.window = window;
        this.background = background;
    }

    /** Shows the journal prepared at start-up, or asks the passphrase of an encrypted one. */
    void start(StartPreparation.Ready ready) {
        if (ready.demoFolder() != null) {
            demoFolders.add(ready.demoFolder());
        }
        if (ready.encrypted() != null) {
            WindowIcons.set(window.stage());
            unlock(ready.encrypted());
        } else {
            show(ready.session());
        }
    }

    /** Shows the window on {@code next}; the journal it replaces, if any, then closes on the journal thread. */
    void show(JournalSession next) {
        JournalSession previous = session;
        session = next;
        Scene scene = window.show(next, this);
        lockWhenIdle(next, scene);
        if (previous != null && previous != next) {
            close(previous);
        }
    }

    private void close(JournalSession closing) {
        background.run(() -> {
            closing.close();
            return null;
        }, closed -> { }, t -> LOG.log(Level.WARNING, "Closing the journal failed", t));
    }

    /** Opens a journal on the journal thread, or asks the passphrase of an encrypted one; then {@code shown}. */
    private void openOrUnlock(Path file, Runnable shown) {
        background.run(() -> JournalSession.isEncrypted(file) ? null : JournalSession.open(file), opened -> {
            if (opened == null) {
                unlock(file);
            } else {
                show(opened);
            }
            shown.run();
        }, failure -> window.dialogs().error(I18n.t("app.openFailed"), failure.getMessage()));
    }

    /** Asks the passphrase; with none given, quits when no window shows yet, else stays locked while no journal is open. */
    private void unlock(Path file) {
        UnlockDialog dialog = new UnlockDialog(window.stage(), file.getFileName().toString(), background,
                passphrase -> JournalSession.openEncrypted(file, passphrase));
        dialog.showAndWait().ifPresentOrElse(this::show, () -> {
            if (!window.stage().isShowing()) {
                Platform.exit();
            } else if (session == null) {
                window.showLocked(file, () -> unlock(file));
            }
        });
    }

    private void lockWhenIdle(JournalSession next, Scene scene) {
        if (idleLock != null) {
            idleLock.stop();
            idleLock = null;
        }
        int minutes = next.isEncrypted() ? next.settings().current().autoLockMinutes() : 0;
        if (minutes > 0) {
            idleLock = IdleLock.install(scene, Duration.ofMinutes(minutes), this::lock);
        }
    }

    /** Closes the encrypted journal (its key leaves memory), shows the locked screen and asks again. */
    private void lock() {
        JournalSession closing = session;
        Path file = closing.file();
        session = null;
        idleLock = null;
        window.showLocked(file, () -> unlock(file));
        close(closing);
        Platform.runLater(() -> unlock(file));
    }

    @Override
    public void open(Path journal) {
        if (session != null && journal.toAbsolutePath().equals(session.file())) {
            return;
        }
        openOrUnlock(journal, () -> { });
    }

    @Override
    public void openDemo() {
        background.run(() -> DemoJournal.make(Desktop.tools().demo()), demo -> {
            demoFolders.add(demo.folder());
            show(demo.session());
        }, failure -> window.dialogs().error(I18n.t("app.demoFailed"), failure.getMessage()));
    }

    @Override
    public void restore(Path backup) {
        JournalSession closing = session;
        Path journal = closing.file();
        session = null;
        // the journal is closed, copied over and opened again off the FX thread; the window takes no clicks meanwhile
        window.holdStill();
        background.run(() -> {
            closing.close();
            return BackupService.restore(journal, backup, Clock.systemDefaultZone());
        }, aside -> openOrUnlock(journal, () -> window.dialogs().info(I18n.t("app.restored"),
                I18n.t("app.restored.text", backup.getFileName().toString(), aside.toString()))), failure -> {
            window.dialogs().error(I18n.t("app.restoreFailed"), failure.getMessage());
            openOrUnlock(journal, () -> { });
        });
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
        encryption().changePassphrase(session, () -> window.dialogs().info(I18n.t("app.passphraseChanged"),
                I18n.t("app.passphraseChanged.text")));
    }

    private EncryptionActions encryption() {
        return new EncryptionActions(window.stage(), background, window.dialogs());
    }

    /** The app stops: the journal closes and the demo journals' folders go. */
    void stop() {
        if (session != null) {
            session.close();
        }
        demoFolders.forEach(DemoJournal::delete);
    }
}
