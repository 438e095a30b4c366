package dev.rapport.logic;

import dev.rapport.i18n.I18n;

import dev.rapport.model.ValidationException;
import dev.rapport.store.BackupFiles;
import dev.rapport.store.EncryptedJournals;
import dev.rapport.store.Journal;

import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Encryption at rest: converting a closed journal to an encrypted one and back. Both keep the
 * original file untouched until the new one is complete, forced to disk and checked, then rename
 * it over the original (the original is not kept aside: a plain copy beside an encrypted journal
 * would defeat it). The passphrase is never stored; callers clear their arrays.
 */
public final class EncryptionService {
    private static final Logger LOG = Logger.getLogger(EncryptionService.class.getName());
    public static final int MIN_PASSPHRASE_LENGTH = 8;

    /** Told what a conversion is doing and how far it got (0 to 1); called on the working thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (step, fraction) -> {
        };

        void at(String step, double fraction);
    }

    private EncryptionService() {
    }

    /** A new passphrase must have at least {@value #MIN_PASSPHRASE_LENGTH} characters and not be only spaces. */
    public static void requireStrongEnough(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE_LENGTH) {
            throw new ValidationException("passphrase", I18n.t("validation.passphrase.short", Integer.toString(MIN_PASSPHRASE_LENGTH)));
        }
        if (new String(passphrase).isBlank()) {
            throw new ValidationException("passphrase", I18n.t("validation.passphrase.blank"));
        }
    }

    /** Encrypts a plain journal in place (it must not be open). */
    public static void encrypt(Path journal, char[] passphrase, Progress progress) {
        requireStrongEnough(passphrase);
        EncryptedJournals.encrypt(journal, passphrase, progress::at);
        LOG.info("Journal encrypted");
    }

    /** Turns an encrypted journal back into a plain one in place (it must not be open). */
    public static void decrypt(Path journal, char[] passphrase, Progress progress) {
        EncryptedJournals.decrypt(journal, passphrase, progress::at);
        LOG.info("Journal decrypted");
    }

    /** Backups in the journal's backups folder that are not encrypted (left from before it was encrypted). */
    public static long plainBackups(Path journal) {
        return BackupFiles.list(journal).stream().filter(b -> !Journal.isEncrypted(b.file())).count();
    }
}
