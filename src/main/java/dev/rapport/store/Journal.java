package dev.rapport.store;

import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One open journal file: a single SQLite connection in WAL mode, guarded so only one Rapport
 * writes to a file at a time. All access is serialised on this object, since a JDBC connection
 * is not safe to share between threads.
 */
public final class Journal implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Journal.class.getName());
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final boolean readOnly;
    private final Connection connection;
    private final JournalLock lock;
    private int transactionDepth;
    /** The key of an encrypted journal (held in memory while it is open; the passphrase is not), or null. */
    private SealedFile.Sealer sealer;
    private final WriteWatch watch;

    private Journal(Path file, boolean readOnly, Connection connection, JournalLock lock) {
        this(file, readOnly, connection, lock, null);
    }

    Journal(Path file, boolean readOnly, Connection connection, JournalLock lock, SealedFile.Sealer sealer) {
        this.file = file;
        this.readOnly = readOnly;
        this.connection = connection;
        this.lock = lock;
        this.sealer = sealer;
        this.watch = new WriteWatch(connection);
    }

    /** True when the file is an encrypted journal (it then opens only with {@link #openEncrypted}). */
    public static boolean isEncrypted(Path file) {
        return SealedFile.isSealed(file);
    }

    /**
     * Opens an encrypted journal into memory, or creates one when the file is missing or empty.
     * Every committed write is sealed and atomically written back. The passphrase is not kept;
     * the caller clears its array.
     */
    public static Journal openEncrypted(Path file, char[] passphrase) {
        return EncryptedJournals.open(file.toAbsolutePath().normalize(), passphrase, false);
    }

    /** Opens an existing encrypted journal without the writer's lock; writes are refused. */
    public static Journal openEncrypted(Path file, char[] passphrase, boolean readOnly) {
        return EncryptedJournals.open(file.toAbsolutePath().normalize(), passphrase, readOnly);
    }

    public synchronized boolean isEncrypted() {
        return sealer != null;
    }

    /** Opens (creating and upgrading as needed) a journal for reading and writing. */
    public static Journal open(Path file) {
        return open(file, false);
    }

    /**
     * Opens a journal. A read-only journal takes no lock (SQLite lets readers beside the one
     * writer) and refuses a file that does not exist yet or would need an upgrade.
     */
    public static Journal open(Path file, boolean readOnly) {
        Path path = file.toAbsolutePath().normalize();
        int version = JournalFileCheck.inspect(path);
        if (readOnly) {
            return openReadOnly(path, version);
        }
        JournalLock lock = JournalLock.acquire(path);
        try {
            // Again under the lock: another Rapport may have upgraded it meanwhile.
            version = JournalFileCheck.inspect(path);
            boolean created = createOwnerOnly(path);
            Connection c = connect(path, false);
            try {
                if (version > 0 && version < Migrations.latestVersion()) {
                    backupBeforeUpgrade(c, path, version);
                }
                Migrations.migrate(c, version);
            } catch (SQLException | IOException e) {
                c.close();
                throw new JournalOpenException(Reason.IO, "Could not prepare the journal " + path.getFileName()
                        + ": " + e.getMessage(), e);
            }
            LOG.info(() -> "Opened journal " + (created ? "(new) " : "") + "at schema " + Migrations.latestVersion());
            return new Journal(path, false, c, lock);
        } catch (IOException | SQLException e) {
            lock.close();
            throw new JournalOpenException(Reason.IO, "Could not open the journal " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Keeps a copy of a journal as it was before a schema upgrade, in its backups folder. */
    static void backupBeforeUpgrade(Connection c, Path path, int version) throws SQLException, IOException {
        Path target = BackupFiles.folder(path).resolve(BackupFiles.beforeUpgradeName(path, version, java.time.LocalDateTime.now()));
        Path temp = SafeFiles.temporarySibling(target);
        try (Statement s = c.createStatement()) {
            s.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            SafeFiles.commit(temp, target);
        } finally {
            SafeFiles.deleteQuietly(temp);
        }
        LOG.info(() -> "Kept a copy of the schema " + version + " journal before upgrading it");
    }

    private static Journal openReadOnly(Path path, int version) {
        if (!Files.exists(path)) {
            throw new JournalOpenException(Reason.IO, "There is no journal at " + path + ".");
        }
        if (version < Migrations.latestVersion()) {
            throw new JournalOpenException(Reason.NEEDS_UPGRADE, "The journal " + path.getFileName()
                    + " was made by an older Rapport; open it once in the app (or a writing command) to upgrade it.");
        }
        try {
            return new Journal(path, true, connect(path, true), null);
        } catch (SQLException e) {
            throw new JournalOpenException(Reason.IO, "Could not open the journal " + path + ": " + e.getMessage(), e);
        }
    }

    static Connection connect(Path path, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a change reported as saved survives a power cut, not only a crash.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        Connection c = config.createConnection("jdbc:sqlite:" + path);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store = MEMORY");
            s.execute("PRAGMA cache_size = -16000");
        }
        return c;
    }

    /** A new journal is created readable by its owner only, where the file system allows. */
    private static boolean createOwnerOnly(Path path) throws IOException {
        if (Files.exists(path)) {
            return false;
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(path);
        }
        return true;
    }

    public Path file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public int schemaVersion() {
        return read(c -> {
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /**
     * Writes a consistent copy of the journal to {@code target} (SQLite's VACUUM INTO), checks the
     * copy with integrity_check, forces it to disk and moves it into place atomically. A failure
     * leaves no file behind and {@code target} as it was.
     */
    public synchronized void backupTo(Path target) {
        if (sealer != null) {
            EncryptedJournals.backup(this, connection, sealer, target);
            return;
        }
        Path temp = null;
        try {
            temp = SafeFiles.temporarySibling(target);
            try (Statement s = connection.createStatement()) {
                s.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
            }
            String check = integrityCheck(temp);
            if (!"ok".equals(check)) {
                throw new RapportException("The backup copy failed its check (" + check + "); " + target.getFileName()
                        + " was not written.");
            }
            SafeFiles.commit(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new RapportException(SafeFiles.describe(target, e), e);
        } catch (SQLException e) {
            String msg = String.valueOf(e.getMessage());
            throw new RapportException(msg.contains("FULL") ? "The disk is full: the backup was not written."
                    : "The backup could not be written: " + msg, e);
        } finally {
            SafeFiles.deleteQuietly(temp);
        }
    }

    /** SQLite's full integrity check of a journal file: "ok" when sound. */
    public static String integrityCheck(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement();
             var rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The quick check of the open journal (reads every page, so run it off the FX thread). */
    public synchronized String quickCheck() {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() ? rs.getString(1) : "no answer";
        } catch (SQLException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** Runs a read on the connection. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs work in one transaction: all of it is stored, or none. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new RapportException("The journal is open read-only; close Rapport's window to change it from here.");
        }
        if (transactionDepth > 0) {
            // Inside inOneTransaction: the outer write commits (or rolls back) all of it.
            try {
                return work.run(watch.watched());
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        T result;
        transactionDepth++;
        try {
            connection.setAutoCommit(false);
            try {
                result = work.run(watch.watched());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                watch.discard();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            transactionDepth--;
        }
        if (sealer != null) {
            // Reported saved only once the sealed file is renamed into place; on failure the
            // in-memory journal goes back to what the file holds.
            try {
                EncryptedJournals.save(file, connection, sealer);
            } catch (RuntimeException e) {
                watch.discard();
                throw e;
            }
        }
        watch.committed();
        return result;
    }

    /**
     * Tells {@code listener}, after each committed write and on the writing thread, what the write
     * changed. Listeners hand the news on quickly: they run with the journal held.
     */
    public synchronized void addChangeListener(java.util.function.Consumer<CommittedWrite> listener) {
        watch.add(listener);
    }

    public synchronized void removeChangeListener(java.util.function.Consumer<CommittedWrite> listener) {
        watch.remove(listener);
    }

    /** Runs many writes as one transaction: all of them are stored, or none (imports, generators). */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return write(c -> work.get());
    }

    /** Seals the journal under a new passphrase (new salt) and writes it in place; the old one stops working. */
    public synchronized void changePassphrase(char[] newPassphrase) {
        if (sealer == null || readOnly) {
            throw new RapportException("Only an encrypted journal open for writing has a passphrase to change.");
        }
        SealedFile.Sealer next = SealedFile.Sealer.create(newPassphrase, Argon2Cost.forNewJournals());
        EncryptedJournals.save(file, connection, next);
        sealer = next;
        LOG.info("Passphrase changed; the journal was sealed again with a new salt");
    }

    /** True when the passphrase opens this encrypted journal (asked again before decrypting it). */
    public synchronized boolean passphraseMatches(char[] passphrase) {
        return sealer != null && sealer.matches(passphrase);
    }

    /** The Argon2id cost of an encrypted journal's key, or null for a plain journal. */
    public synchronized Argon2Cost keyCost() {
        return sealer == null ? null : sealer.cost();
    }

    private RapportException failure(SQLException e) {
        LOG.log(Level.WARNING, "Journal operation failed", e);
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("SQLITE_FULL")) {
            return new RapportException("The disk is full: nothing was saved. Free some space and try again.", e);
        }
        if (msg.contains("SQLITE_READONLY")) {
            return new RapportException("The journal file cannot be written (read-only): nothing was saved.", e);
        }
        if (msg.contains("SQLITE_BUSY")) {
            return new RapportException("The journal is busy in another program: nothing was saved. Try again.", e);
        }
        return new RapportException("The journal could not complete the operation: " + msg, e);
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                if (!readOnly) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA optimize");
                    }
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the journal failed", e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
