package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Encrypted journals: the database lives in memory while open and the file holds it sealed, as
 * a base and the changes saved since ({@link SealedJournal}, written by {@link SealedStore}); a
 * journal in the first format ({@link SealedFile}) is read and written anew in the new one. Also
 * converts a journal either way.
 */
public final class EncryptedJournals {
    private static final Logger LOG = Logger.getLogger(EncryptedJournals.class.getName());

    /** Told how far a conversion has got: what it is doing and a fraction from 0 to 1. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (step, fraction) -> {
        };

        void at(String step, double fraction);
    }

    private EncryptedJournals() {
    }

    static Journal open(Path path, char[] passphrase, boolean asked) {
        // A sealed journal whose file or folder cannot be written here opens read-only, and says so.
        boolean writeProtected = !asked && Journal.cannotBeWritten(path);
        boolean readOnly = asked || writeProtected;
        JournalLock lock = readOnly ? null : JournalLock.acquire(path);
        Connection c = null;
        try {
            boolean exists = Files.exists(path) && Files.size(path) > 0;
            if (!exists && readOnly) {
                throw new JournalOpenException(Reason.IO, I18n.t("files.journal.missing", path.toString()));
            }
            if (exists && !SealedFile.isSealed(path)) {
                JournalFileCheck.inspect(path); // names what the file is, if not a journal
                throw new JournalOpenException(Reason.NOT_A_JOURNAL, I18n.t("files.journal.notEncrypted",
                        path.getFileName().toString()));
            }
            if (!readOnly) {
                removeStaleTemporaries(path);
            }
            c = memoryConnection();
            SealedFile.Sealer sealer;
            SealedStore.Loaded loaded = null;
            boolean oldFormat = false;
            if (exists && formatOf(path) == SealedJournal.VERSION) {
                loaded = SealedStore.load(c, path, passphrase, null, !readOnly);
                sealer = loaded.sealer();
            } else if (exists) {
                // Format 1, the whole journal sealed in one piece: read as it is, written anew as format 2 below.
                SealedFile.Opened opened = SealedFile.open(path, passphrase);
                sealer = opened.sealer();
                load(c, opened.plain(), path);
                wipe(opened.plain());
                oldFormat = true;
            } else {
                sealer = SealedFile.Sealer.create(passphrase, Argon2Cost.forNewJournals());
            }
            int version = JournalFileCheck.inspect(c, path);
            if (readOnly) {
                if (version < Migrations.latestVersion()) {
                    throw new JournalOpenException(Reason.NEEDS_UPGRADE, I18n.t(writeProtected ? "files.journal.readOnlyNeedsUpdate"
                            : "files.journal.older", path.getFileName().toString()));
                }
                Journal journal = new Journal(path, true, c, null, sealer, null);
                journal.markWriteProtected(writeProtected);
                return journal;
            }
            if (version > 0 && version < Migrations.latestVersion()) {
                // The sealed file as it is: the copy kept before an upgrade is encrypted too.
                Path source = path;
                SafeFiles.write(BackupFiles.folder(path).resolve(
                        BackupFiles.beforeUpgradeName(path, version, LocalDateTime.now())), out -> Files.copy(source, out));
            }
            Migrations.migrate(c, version);
            SealedStore store;
            if (loaded == null || version < Migrations.latestVersion()) {
                store = SealedStore.compacted(path, c, sealer);
                if (oldFormat) {
                    LOG.info("An encrypted journal in the old format was written anew in format 2");
                }
            } else {
                store = SealedStore.opened(path, c, loaded);
                if (store.logIsLarge()) {
                    store.compactOrGoBack(c, sealer);
                }
            }
            LOG.info(() -> "Opened an encrypted journal " + (exists ? "" : "(new) ") + "at schema " + Migrations.latestVersion());
            return new Journal(path, false, c, lock, sealer, store);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(c);
            if (lock != null) {
                lock.close();
            }
            if (e instanceof RapportException r) {
                throw r;
            }
            LOG.log(java.util.logging.Level.WARNING, "Could not open the encrypted journal", e);
            throw new JournalOpenException(Reason.IO, I18n.t("files.journal.cannotOpen", path.getFileName().toString(),
                    e instanceof IOException io ? FileProblems.why(io) : I18n.t("files.journal.sealedUnreadable")), e);
        }
    }

    /** The sealed format's version byte (1: sealed whole, 2: a base and change records); 0 if unreadable. */
    static int formatOf(Path path) {
        try (java.io.InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(SealedFile.MAGIC.length + 1);
            return head.length == SealedFile.MAGIC.length + 1 ? head[SealedFile.MAGIC.length] & 0xff : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Opens any sealed file (either format) into a fresh in-memory database, for conversions and checks. */
    private static Connection openSealed(Path path, char[] passphrase) throws IOException, SQLException {
        Connection c = memoryConnection();
        try {
            if (formatOf(path) == SealedJournal.VERSION) {
                SealedStore.load(c, path, passphrase, null, false);
            } else {
                SealedFile.Opened opened = SealedFile.open(path, passphrase);
                load(c, opened.plain(), path);
                wipe(opened.plain());
            }
            return c;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** A checked, sealed copy of the open encrypted journal, written whole or not at all. */
    static void backup(Journal journal, Connection c, SealedFile.Sealer sealer, Path target) {
        String check = journal.quickCheck();
        if (!"ok".equals(check)) {
            LOG.warning(() -> "The journal failed its quick check before a backup: " + check);
            throw new RapportException(I18n.t("backup.error.journalFailedCheck", String.valueOf(target.getFileName())));
        }
        byte[] plain = null;
        try {
            byte[] image = plain = serialize(c);
            SafeFiles.write(target, out -> {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
                SealedJournal.writeBase(buffered, sealer, image);
                buffered.flush();
            });
        } finally {
            wipe(plain);
        }
    }

    /**
     * Turns a plain journal into an encrypted one in place. The plain file stays untouched until
     * the sealed file is complete, forced to disk and checked; then the sealed file is renamed
     * over it (so the plain file is gone, not kept aside). Plain backups already in the backups
     * folder are not touched.
     */
    public static void encrypt(Path file, char[] passphrase, Progress progress) {
        Path path = file.toAbsolutePath().normalize();
        WriteThreads.writing();
        try (JournalLock lock = JournalLock.acquire(path)) {
            requireExisting(path);
            if (SealedFile.isSealed(path)) {
                throw new RapportException(I18n.t("security.error.alreadyEncrypted", String.valueOf(path.getFileName())));
            }
            int version = JournalFileCheck.inspect(path);
            progress.at(I18n.t("security.step.reading"), 0.05);
            byte[] plain;
            try (Connection c = Journal.connect(path, false)) {
                if (version < Migrations.latestVersion()) {
                    Journal.backupBeforeUpgrade(c, path, version);
                    Migrations.migrate(c, version);
                }
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                plain = serialize(c);
            }
            progress.at(I18n.t("security.step.deriving"), 0.25);
            SealedFile.Sealer sealer = SealedFile.Sealer.create(passphrase, Argon2Cost.forNewJournals());
            progress.at(I18n.t("security.step.sealing"), 0.6);
            Path temp = SafeFiles.temporarySibling(path);
            try {
                try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                    SealedJournal.writeBase(out, sealer, plain);
                }
                progress.at(I18n.t("security.step.checkingSealed"), 0.7);
                try (var ch = java.nio.channels.FileChannel.open(temp)) {
                    SealedJournal.Header h = SealedJournal.readHeader(ch, path);
                    if (!SealedJournal.baseEquals(ch, h, sealer.key(), path, plain)) {
                        throw new RapportException(I18n.t("security.error.readBackDiffers", String.valueOf(path.getFileName())));
                    }
                }
                wipe(plain);
                progress.at(I18n.t("security.step.writingEncrypted"), 0.85);
                SafeFiles.commit(temp, path);
                temp = null;
            } finally {
                SafeFiles.deleteQuietly(temp);
            }
            deleteSideFiles(path);
            progress.at(I18n.t("security.step.done"), 1.0);
            LOG.info("Journal encrypted in place");
        } catch (IOException | SQLException e) {
            LOG.log(Level.WARNING, "Encrypting the journal failed", e);
            throw new RapportException(I18n.t("security.error.encryptFailed", String.valueOf(path.getFileName()), why(e)), e);
        }
    }

    /**
     * Turns an encrypted journal back into a plain SQLite journal in place. The encrypted file
     * stays until the plain file is complete and checked; then the plain one is renamed over it.
     */
    public static void decrypt(Path file, char[] passphrase, Progress progress) {
        Path path = file.toAbsolutePath().normalize();
        WriteThreads.writing();
        try (JournalLock lock = JournalLock.acquire(path)) {
            requireExisting(path);
            if (!SealedFile.isSealed(path)) {
                throw new RapportException(I18n.t("security.error.notEncrypted", String.valueOf(path.getFileName())));
            }
            progress.at(I18n.t("security.step.deriving"), 0.05);
            byte[] plain;
            try (Connection c = openSealed(path, passphrase)) {
                progress.at(I18n.t("security.step.checking"), 0.5);
                JournalFileCheck.inspect(c, path);
                try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA quick_check")) {
                    String check = rs.next() ? rs.getString(1) : "no answer";
                    if (!"ok".equals(check)) {
                        LOG.warning(() -> "The decrypted journal failed its quick check: " + check);
                        throw new RapportException(I18n.t("security.error.checkFailed", String.valueOf(path.getFileName())));
                    }
                }
                plain = serialize(c);
            }
            progress.at(I18n.t("security.step.writingPlain"), 0.8);
            deleteSideFiles(path);
            SafeFiles.write(path, plain);
            wipe(plain);
            progress.at(I18n.t("security.step.done"), 1.0);
            LOG.info("Journal decrypted in place");
        } catch (IOException | SQLException e) {
            LOG.log(Level.WARNING, "Decrypting the journal failed", e);
            throw new RapportException(I18n.t("security.error.decryptFailed", String.valueOf(path.getFileName()), why(e)), e);
        }
    }

    /**
     * A save killed before its rename leaves its temporary file (sealed, so it reveals nothing);
     * under the writer's lock no save is under way, so such leftovers are removed.
     */
    private static void removeStaleTemporaries(Path path) {
        String prefix = "." + path.getFileName() + ".";
        try (var files = Files.list(path.getParent())) {
            files.filter(f -> {
                String n = f.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp");
            }).forEach(SafeFiles::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not look for leftover temporary files", e);
        }
    }

    private static void requireExisting(Path path) throws IOException {
        if (!Files.exists(path) || Files.size(path) == 0) {
            throw new RapportException(I18n.t("files.journal.missing", path.toString()));
        }
    }

    /** A plain journal's WAL and shared-memory files, which must not sit beside a file they do not belong to. */
    private static void deleteSideFiles(Path path) throws IOException {
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(path.resolveSibling(path.getFileName() + suffix));
        }
    }

    private static Connection memoryConnection() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        Connection c = config.createConnection("jdbc:sqlite::memory:");
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store = MEMORY");
        }
        return c;
    }

    static void load(Connection c, byte[] image, Path path) {
        // An image taken from a WAL-mode file says so in its header; in memory it must say rollback mode.
        if (image.length >= 100 && image[18] == 2 && image[19] == 2) {
            image[18] = 1;
            image[19] = 1;
        }
        try {
            c.unwrap(SQLiteConnection.class).deserialize("main", image);
        } catch (SQLException e) {
            throw new JournalOpenException(Reason.DAMAGED, I18n.t("files.journal.sealedEmpty",
                    path.getFileName().toString()), e);
        }
    }

    static byte[] serialize(Connection c) {
        try {
            return c.unwrap(SQLiteConnection.class).serialize("main");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Serializing the journal failed", e);
            throw new RapportException(I18n.t("security.error.notPrepared"), e);
        }
    }

    /** Why encrypting or decrypting failed, in words: a file-system reason, or a pointer to the log. */
    private static String why(Exception e) {
        if (e instanceof IOException io) {
            return FileProblems.why(io);
        }
        return FileProblems.isDiskFull(e) ? I18n.t("files.why.diskFull") : I18n.t("security.why.database");
    }

    private static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing failed", e);
        }
    }
}
