package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
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
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private final Path file;
    private final boolean readOnly;
    private final Connection connection;
    private final JournalLock lock;
    /** Opened read-only because the file, its folder or its disk cannot be written, not because it was asked. */
    private boolean writeProtected;
    private int transactionDepth;
    /** The key of an encrypted journal (held in memory while it is open; the passphrase is not), or null. */
    /** Volatile, not guarded: asking whether the journal is encrypted must not wait for a save's seal (the window asks). */
    private volatile SealedFile.Sealer sealer;
    /** Where an encrypted journal's saves go (null for a plain one, or one opened read-only). */
    private final SealedStore store;
    private final WriteWatch watch;
    /** Work that runs in every write's transaction just before it commits (a sync notes the write's changes), or null. */
    private SqlWork<?> beforeCommit;

    private Journal(Path file, boolean readOnly, Connection connection, JournalLock lock) {
        this(file, readOnly, connection, lock, null, null);
    }

    Journal(Path file, boolean readOnly, Connection connection, JournalLock lock, SealedFile.Sealer sealer, SealedStore store) {
        this.file = file;
        this.readOnly = readOnly;
        this.connection = connection;
        this.lock = lock;
        this.sealer = sealer;
        this.store = store;
        this.watch = new WriteWatch(connection);
        if (readOnly) {
            readAroundBrokenRules();
        }
    }

    /**
     * A read-only journal (every report, figure and export of the command line) reads around rows
     * that break the domain's rules, so one such row cannot fail a whole command; they are counted.
     */
    private void readAroundBrokenRules() {
        try {
            int hidden = SchemaRules.hideBreakingRows(connection);
            if (hidden > 0) {
                LOG.warning(() -> hidden + " rows break the journal's rules and are left out; 'rapport check' names them");
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not look for rows that break the journal's rules", e);
        }
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

    public boolean isEncrypted() {
        return sealer != null;
    }

    /** Opens (creating and upgrading as needed) a journal for reading and writing. */
    public static Journal open(Path file) {
        return open(file, false);
    }

    /**
     * Opens a journal. A read-only journal takes no lock (SQLite lets readers beside the one
     * writer) and refuses a file that does not exist yet or would need an upgrade. A journal
     * that can be read but not written (a read-only file, folder or disk) opens read-only too,
     * and says so in {@link #readOnlyNotice()}; its writes are refused with that reason.
     */
    public static Journal open(Path file, boolean readOnly) {
        Path path = file.toAbsolutePath().normalize();
        int version = JournalFileCheck.inspect(path);
        if (readOnly) {
            return openReadOnly(path, version, false);
        }
        if (cannotBeWritten(path)) {
            LOG.info("The journal cannot be written here; opening it read-only");
            return openReadOnly(path, version, true);
        }
        // taking the lock, creating or upgrading the file: a write, wherever it runs
        WriteThreads.writing();
        JournalLock lock = JournalLock.acquire(path);
        try {
            // Again under the lock: another Rapport may have upgraded it meanwhile.
            version = JournalFileCheck.inspect(path);
            boolean created = createOwnerOnly(path);
            SharedMemoryFile.repairIfReadOnly(path);
            Connection c = connect(path, false);
            try {
                if (version > 0 && version < Migrations.latestVersion()) {
                    backupBeforeUpgrade(c, path, version);
                }
                Migrations.migrate(c, version);
            } catch (SQLException | IOException e) {
                c.close();
                throw new JournalOpenException(Reason.IO, I18n.t("files.journal.cannotOpen", path.getFileName().toString(),
                        e instanceof IOException io ? FileProblems.why(io) : sqliteWhy((SQLException) e)), e);
            }
            LOG.info(() -> "Opened journal " + (created ? "(new) " : "") + "at schema " + Migrations.latestVersion());
            return new Journal(path, false, c, lock);
        } catch (IOException e) {
            lock.close();
            throw new JournalOpenException(Reason.IO, I18n.t(Files.exists(path) ? "files.journal.cannotOpen" : "files.journal.cannotCreate",
                    path.toString(), FileProblems.why(e)), e);
        } catch (SQLException e) {
            lock.close();
            throw JournalFileCheck.unreadable(path, e);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * A journal with content that SQLite could read but not write here: the file, its folder
     * (where the lock, WAL and shared-memory files go) or its WAL is not writable.
     */
    static boolean cannotBeWritten(Path path) {
        if (!hasContent(path)) {
            return false;
        }
        Path wal = sideFile(path, "-wal");
        return !Files.isWritable(path) || !Files.isWritable(path.getParent()) || (Files.exists(wal) && !Files.isWritable(wal));
    }

    /** Deletes a journal file with its WAL, shared-memory and lock files, quietly (a journal that was never finished). */
    public static void deleteWithSideFiles(Path journal) {
        Path path = journal.toAbsolutePath();
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            SafeFiles.deleteQuietly(sideFile(path, suffix));
        }
    }

    /** True when a closed journal's file holds all of it: no WAL with changes still to fold in. */
    public static boolean isWholeInItsFile(Path journal) {
        return !hasContent(sideFile(journal.toAbsolutePath(), "-wal"));
    }

    /** The journal's -wal or -shm file. */
    static Path sideFile(Path journal, String suffix) {
        return journal.resolveSibling(journal.getFileName() + suffix);
    }

    static boolean hasContent(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** When the journal last changed: its file's or its WAL's time, whichever is later; null if unknown. */
    public static LocalDateTime lastChange(Path journal) {
        Path path = journal.toAbsolutePath();
        FileTime latest = null;
        for (Path p : List.of(path, sideFile(path, "-wal"))) {
            try {
                if (hasContent(p)) {
                    FileTime t = Files.getLastModifiedTime(p);
                    latest = latest == null || t.compareTo(latest) > 0 ? t : latest;
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "No modification time", e);
            }
        }
        return latest == null ? null : LocalDateTime.ofInstant(latest.toInstant(), ZoneId.systemDefault());
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

    private static Journal openReadOnly(Path path, int version, boolean writeProtected) {
        String name = path.getFileName().toString();
        if (!Files.exists(path)) {
            throw new JournalOpenException(Reason.IO, I18n.t("files.journal.missing", path.toString()));
        }
        if (version < Migrations.latestVersion()) {
            if (writeProtected) {
                throw new JournalOpenException(Reason.NEEDS_UPGRADE, I18n.t("files.journal.readOnlyNeedsUpdate", name));
            }
            if (version == 0) {
                // An empty file (or a database with nothing in it) is a journal not started yet, not an old one.
                throw new JournalOpenException(Reason.NEEDS_UPGRADE, I18n.t("files.journal.empty", name));
            }
            throw new JournalOpenException(Reason.NEEDS_UPGRADE, I18n.t("files.journal.older", name));
        }
        try {
            Journal journal = new Journal(path, true, connectReadOnly(path), null);
            journal.markWriteProtected(writeProtected);
            return journal;
        } catch (SQLException e) {
            throw JournalFileCheck.unreadable(path, e);
        }
    }

    /**
     * A connection that only reads. Where SQLite cannot open its shared-memory file (a read-only
     * folder or disk) and there is no WAL to replay, the file is read as unchanging: with no
     * writable folder, no writer can be changing it.
     */
    static Connection connectReadOnly(Path path) throws SQLException {
        try {
            return connect(path, true);
        } catch (SQLException e) {
            int code = e.getErrorCode() & 0xFF;
            // SQLite says "cannot open" or "read-only directory", depending on who asks (root or not).
            boolean noSharedMemory = code == SQLITE_CANTOPEN || code == SQLITE_READONLY;
            if (noSharedMemory && Files.isReadable(path) && !Files.isWritable(path.toAbsolutePath().getParent())
                    && !hasContent(sideFile(path, "-wal"))) {
                LOG.info("Reading a journal in a read-only folder as an unchanging file");
                return connectImmutable(path);
            }
            throw e;
        }
    }

    private static Connection connectImmutable(Path path) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        return config.createConnection("jdbc:sqlite:" + path.toAbsolutePath().toUri() + "?immutable=1");
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
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A new journal is created readable by its owner only, where the file system allows. */
    private static boolean createOwnerOnly(Path path) throws IOException {
        if (Files.exists(path)) {
            return false;
        }
        SafeFiles.createFolders(path.getParent());
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

    void markWriteProtected(boolean protectedHere) {
        this.writeProtected = protectedHere;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Why this journal, asked to open for writing, opened read-only (its file, folder or disk
     * cannot be written), in the user's language; null when it opened as asked.
     */
    public String readOnlyNotice() {
        return writeProtected ? I18n.t("files.journal.readOnly", file.getFileName().toString()) : null;
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
                LOG.warning(() -> "The backup copy failed its integrity check: " + check);
                throw new RapportException(I18n.t("backup.error.copyFailedCheck", String.valueOf(target.getFileName())));
            }
            SafeFiles.commit(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new RapportException(SafeFiles.describe(target, e), e);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The backup could not be written", e);
            throw new RapportException(FileProblems.isDiskFull(e)
                    ? I18n.t("files.diskFull", String.valueOf(target.toAbsolutePath().getParent()), String.valueOf(target.getFileName()))
                    : I18n.t("files.notWritten", String.valueOf(target.getFileName()), sqliteWhy(e)), e);
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
        WriteThreads.reading();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** How many rows breaking the domain's rules reads of this journal have left out (see {@link LeftOut}). */
    public int leftOut() {
        return LeftOut.count(connection);
    }

    /** Runs work in one transaction: all of it is stored, or none. */
    public synchronized <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new RapportException(writeProtected ? I18n.t("files.journal.readOnlyRefused", file.getFileName().toString())
                    : I18n.t("files.journal.openedReadOnly"));
        }
        WriteThreads.writing();
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
            result = inTransaction(work);
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            transactionDepth--;
        }
        if (store != null) {
            // The change was sealed and appended before the commit; a compaction the write asked
            // for runs now, and on failure the in-memory journal goes back to what the file holds.
            try {
                store.afterCommit(connection);
            } catch (RuntimeException e) {
                watch.discard();
                throw e;
            }
        }
        watch.committed();
        return result;
    }

    /**
     * The work, committed, or rolled back on failure. When SQLite has already rolled back by
     * itself (a full disk does that), the clean-up fails too; the first failure is the one that
     * says what happened, so it is thrown and the clean-up's failures ride along as suppressed.
     */
    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        connection.setAutoCommit(false);
        T result;
        try {
            result = work.run(watch.watched());
            if (beforeCommit != null) {
                beforeCommit.run(connection);
            }
            if (store != null) {
                // Sealed and on disk before the commit: a failed append rolls the write back.
                store.beforeCommit(connection);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            watch.discard();
            if (store != null) {
                store.afterRollback();
            }
            try {
                connection.rollback();
            } catch (SQLException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            restoreAutoCommit(e);
            throw e;
        }
        restoreAutoCommit(null);
        return result;
    }

    private void restoreAutoCommit(Exception failure) throws SQLException {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException cleanUp) {
            if (failure == null) {
                throw cleanUp;
            }
            failure.addSuppressed(cleanUp);
        }
    }

    /**
     * Tells {@code listener}, after each committed write and on the writing thread, what the write
     * changed. Listeners hand the news on quickly: they run with the journal held.
     */
    public synchronized void addChangeListener(java.util.function.Consumer<CommittedWrite> listener) {
        watch.add(listener);
    }

    /**
     * Runs {@code work} inside every later write's transaction, after the write's own work and before
     * it is sealed and committed, so what it stores is part of the write (null: no more). A failure
     * rolls the write back.
     */
    public synchronized void beforeEachCommit(SqlWork<?> work) {
        this.beforeCommit = work;
    }

    public synchronized void removeChangeListener(java.util.function.Consumer<CommittedWrite> listener) {
        watch.remove(listener);
    }

    /** Runs many writes as one transaction: all of them are stored, or none (imports, generators). */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return write(c -> work.get());
    }

    /**
     * Runs work as one part of the write it is inside (an SQL savepoint): when it fails, what it wrote is
     * undone and the failure thrown, while the write around it goes on and commits the other parts. So many
     * small all-or-nothing steps (one per mail message, say) cost one commit, not one each. Outside a write
     * it is a write of its own.
     */
    public synchronized <T> T part(java.util.function.Supplier<T> work) {
        if (transactionDepth == 0) {
            return inOneTransaction(work);
        }
        java.sql.Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw failure(e);
        }
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            try {
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint);
            } catch (SQLException cleanUp) {
                e.addSuppressed(cleanUp);
            }
            throw e;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw failure(e);
        }
        return result;
    }

    /** Seals the journal under a new passphrase (new salt) and writes it in place; the old one stops working. */
    public synchronized void changePassphrase(char[] newPassphrase) {
        if (sealer == null || readOnly) {
            throw new RapportException(I18n.t("security.error.noPassphrase"));
        }
        WriteThreads.writing();
        SealedFile.Sealer next = SealedFile.Sealer.create(newPassphrase, Argon2Cost.forNewJournals());
        store.compactOrGoBack(connection, next);
        sealer = next;
        LOG.info("Passphrase changed; the journal was sealed again with a new salt");
    }

    /** The encrypted journal's file (tests break it to see a failed save roll back); null for a plain one. */
    SealedStore sealedStoreForTests() {
        return store;
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
        String name = file.getFileName().toString();
        int code = e.getErrorCode() & 0xFF;
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (code == SQLITE_FULL || FileProblems.isDiskFull(e)) {
            return new RapportException(I18n.t("files.journal.diskFull", name), e);
        }
        if (code == SQLITE_READONLY || msg.contains("SQLITE_READONLY")) {
            return new RapportException(I18n.t("files.journal.cannotWrite", name), e);
        }
        if (code == SQLITE_BUSY || msg.contains("SQLITE_BUSY")) {
            return new RapportException(I18n.t("files.journal.busy", name), e);
        }
        String refusal = SqlRefusals.describe(msg);
        if (refusal != null) {
            return new RapportException(refusal, e);
        }
        return new RapportException(I18n.t("files.journal.failed", name), e);
    }

    /** A short reason for an SQLite failure, without the library's codes. */
    private static String sqliteWhy(SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLITE_FULL) {
            return I18n.t("files.why.diskFull");
        }
        if (code == SQLITE_READONLY) {
            return I18n.t("files.why.readOnlyMedia");
        }
        return I18n.t("files.why.other", String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
    }

    @Override
    public synchronized void close() {
        try {
            if (!connection.isClosed()) {
                if (!readOnly) {
                    // PRAGMA optimize may write the planner's statistics
                    WriteThreads.writing();
                    try (Statement s = connection.createStatement()) {
                        s.execute("PRAGMA optimize");
                    }
                }
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Closing the journal failed", e);
        } finally {
            if (store != null) {
                store.close();
            }
            if (lock != null) {
                lock.close();
            }
        }
    }
}
