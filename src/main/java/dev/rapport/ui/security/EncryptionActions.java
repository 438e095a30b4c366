package dev.rapport.ui.security;

import dev.rapport.i18n.I18n;
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
        PassphraseDialog.fresh(owner, I18n.t("security.encrypt.title", session.displayName()),
                I18n.t("security.encrypt.prompt", EncryptionService.MIN_PASSPHRASE_LENGTH), I18n.t("security.encrypt.action")).ask(passphrase -> {
            Path file = session.file();
            new ConversionDialog(owner, I18n.t("security.encrypting", file.getFileName().toString())).run(background, progress -> {
                session.close();
                EncryptionService.encrypt(file, passphrase, progress);
                return JournalSession.openEncrypted(file, passphrase);
            }, opened -> {
                Arrays.fill(passphrase, '\0');
                show.accept(opened);
                long plain = EncryptionService.plainBackups(file);
                if (plain > 0) {
                    dialogs.error(I18n.t("security.plainBackups"), I18n.plural("security.plainBackups.text", plain));
                }
            }, failure -> {
                Arrays.fill(passphrase, '\0');
                failed(I18n.t("security.encryptFailed"), failure, () -> JournalSession.open(file), show);
            });
        });
    }

    /** Asks the current passphrase again, then turns the open encrypted journal into a plain one. */
    public void decrypt(JournalSession session, Consumer<JournalSession> show) {
        if (!dialogs.confirm(I18n.t("security.decrypt.confirm", session.displayName()), I18n.t("security.decrypt.warning"),
                I18n.t("security.decrypt.action"))) {
            return;
        }
        PassphraseDialog.current(owner, I18n.t("security.decrypt.title", session.displayName()), I18n.t("security.decrypt.prompt"),
                I18n.t("security.decrypt.action"), session::passphraseMatches).ask(passphrase -> {
            Path file = session.file();
            new ConversionDialog(owner, I18n.t("security.decrypting", file.getFileName().toString())).run(background, progress -> {
                session.close();
                EncryptionService.decrypt(file, passphrase, progress);
                return JournalSession.open(file);
            }, opened -> {
                Arrays.fill(passphrase, '\0');
                show.accept(opened);
            }, failure -> {
                char[] again = passphrase.clone();
                Arrays.fill(passphrase, '\0');
                failed(I18n.t("security.decryptFailed"), failure, () -> {
                    try {
                        return JournalSession.openEncrypted(file, again);
                    } finally {
                        Arrays.fill(again, '\0');
                    }
                }, show);
            });
        });
    }

    /** Asks the current passphrase and a new one, then seals the journal again under the new one. */
    public void changePassphrase(JournalSession session, Runnable done) {
        PassphraseDialog.current(owner, I18n.t("security.change.title"), I18n.t("security.change.current"), I18n.t("security.change.next"),
                session::passphraseMatches).ask(current -> {
            Arrays.fill(current, '\0');
            PassphraseDialog.fresh(owner, I18n.t("security.change.title"), I18n.t("security.change.fresh",
                    EncryptionService.MIN_PASSPHRASE_LENGTH), I18n.t("security.change.action")).ask(fresh ->
                    background.run(() -> {
                        try {
                            session.changePassphrase(fresh);
                            return null;
                        } finally {
                            Arrays.fill(fresh, '\0');
                        }
                    }, ok -> done.run(), failure -> dialogs.error(I18n.t("security.change.failed"), failure.getMessage())));
        });
    }

    /** Says the conversion failed, then reopens the journal as it was (off the FX thread: an encrypted one derives its key). */
    private void failed(String title, Throwable failure, java.util.concurrent.Callable<JournalSession> reopen,
                        Consumer<JournalSession> show) {
        LOG.log(Level.WARNING, title, failure);
        dialogs.error(title, I18n.t("security.leftAsItWas", String.valueOf(failure.getMessage())));
        background.run(reopen, show, e -> {
            LOG.log(Level.WARNING, "Reopening the journal failed", e);
            dialogs.error(I18n.t("security.reopenFailed"), e.getMessage());
        });
    }
}
