package dev.rapport.ui.security;

import dev.rapport.logic.EncryptionService;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Dialogs;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.stage.Window;

/**
 * The journal's encryption commands for a menu: encrypt, decrypt, change the passphrase. A
 * conversion closes the open journal, converts it with a progress bar and hands the reopened
 * journal to {@code show}; on failure the journal is reopened as it was.
 */
public final class EncryptionActions {
    private static final Logger LOG = Logger.getLogger(EncryptionActions.class.getName());

    private final Window owner;
    private final Background background;
    private final Dialogs dialogs;

    public EncryptionActions(Window owner, Background background, Dialogs dialogs) {
        this.owner = owner;
        this.background = background;
        this.dialogs = dialogs;
    }

    /** Asks a new passphrase, then encrypts the open plain journal in place. */
    public void encrypt(JournalSession session, Consumer<JournalSession> show) {
        PassphraseDialog.fresh(owner, "Encrypt " + session.displayName(),
                "Choose a passphrase (at least " + EncryptionService.MIN_PASSPHRASE_LENGTH + " characters). It is not stored "
                        + "anywhere: without it the journal cannot be opened.", "Encrypt").ask(passphrase -> {
            Path file = session.file();
            session.close();
            new ConversionDialog(owner, "Encrypting " + file.getFileName()).run(background, progress -> {
                EncryptionService.encrypt(file, passphrase, progress);
                return JournalSession.openEncrypted(file, passphrase);
            }, opened -> {
                Arrays.fill(passphrase, '\0');
                show.accept(opened);
                long plain = EncryptionService.plainBackups(file);
                if (plain > 0) {
                    dialogs.error("Older backups are not encrypted", plain + " backup(s) made before encryption are still "
                            + "readable in the backups folder beside the journal. Delete them if they must not be read.");
                }
            }, failure -> {
                Arrays.fill(passphrase, '\0');
                failed("The journal could not be encrypted", failure, () -> JournalSession.open(file), show);
            });
        });
    }

    /** Asks the current passphrase again, then turns the open encrypted journal into a plain one. */
    public void decrypt(JournalSession session, Consumer<JournalSession> show) {
        if (!dialogs.confirm("Decrypt " + session.displayName() + "?", "Anyone who can read the file will be able to read "
                + "the journal. Its backups made while encrypted stay encrypted.", "Decrypt")) {
            return;
        }
        PassphraseDialog.current(owner, "Decrypt " + session.displayName(), "Type the journal's passphrase to decrypt it.",
                "Decrypt", session::passphraseMatches).ask(passphrase -> {
            Path file = session.file();
            session.close();
            new ConversionDialog(owner, "Decrypting " + file.getFileName()).run(background, progress -> {
                EncryptionService.decrypt(file, passphrase, progress);
                return JournalSession.open(file);
            }, opened -> {
                Arrays.fill(passphrase, '\0');
                show.accept(opened);
            }, failure -> {
                failed("The journal could not be decrypted", failure, () -> JournalSession.openEncrypted(file, passphrase), show);
                Arrays.fill(passphrase, '\0');
            });
        });
    }

    /** Asks the current passphrase and a new one, then seals the journal again under the new one. */
    public void changePassphrase(JournalSession session, Runnable done) {
        PassphraseDialog.current(owner, "Change the passphrase", "Type the current passphrase.", "Next",
                session::passphraseMatches).ask(current -> {
            Arrays.fill(current, '\0');
            PassphraseDialog.fresh(owner, "Change the passphrase", "Choose the new passphrase (at least "
                    + EncryptionService.MIN_PASSPHRASE_LENGTH + " characters). The old one stops working.", "Change").ask(fresh ->
                    background.run(() -> {
                        try {
                            session.changePassphrase(fresh);
                            return null;
                        } finally {
                            Arrays.fill(fresh, '\0');
                        }
                    }, ok -> done.run(), failure -> dialogs.error("The passphrase was not changed", failure.getMessage())));
        });
    }

    private void failed(String title, Throwable failure, java.util.concurrent.Callable<JournalSession> reopen,
                        Consumer<JournalSession> show) {
        LOG.log(Level.WARNING, title, failure);
        dialogs.error(title, failure.getMessage() + " The journal was left as it was.");
        try {
            show.accept(reopen.call());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Reopening the journal failed", e);
            dialogs.error("The journal could not be opened again", e.getMessage());
        }
    }
}
