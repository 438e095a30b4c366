package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.model.BackupInfo;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks at an existing file before Rapport writes anything to it, so a text file, a damaged
 * database, another program's database or a journal from a newer Rapport is refused untouched.
 */
final class JournalFileCheck {
    private static final Logger LOG = Logger.getLogger(JournalFileCheck.class.getName());
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    static final int APPLICATION_ID = 0x52415050; // "RAPP"
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private JournalFileCheck() {
    }

    /** Returns the schema version of an existing journal, or 0 for a missing or empty file. */
    static int inspect(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw notAJournal(file, "files.notAJournal.folder");
            }
            if (!Files.exists(file) || Files.size(file) == 0) {
                return 0;
            }
            if (SealedFile.isSealed(file)) {
                throw new JournalOpenException(Reason.PASSPHRASE_NEEDED, I18n.t("files.journal.encrypted", file.getFileName().toString()));
            }
            if (!hasSqliteHeader(file)) {
                throw notAJournal(file, "files.notAJournal.notDatabase");
            }
            if (isTruncated(file)) {
                // Killed, or out of space, during a checkpoint: the main file can be shorter than its
                // header says while the WAL still holds every page. Only SQLite, replaying it, can tell.
                requireSoundToSqlite(file);
            }
        } catch (IOException e) {
            throw new JournalOpenException(Reason.IO, FileProblems.cannotRead(file, e), e);
        }
        return inspectDatabase(file);
    }

    private static void requireSoundToSqlite(Path file) {
        try (Connection c = Journal.connectReadOnly(file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            String check = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(check)) {
                LOG.warning(() -> "SQLite's quick check of a journal shorter than its header says: " + check);
                throw damaged(file, null);
            }
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean hasSqliteHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            return Arrays.equals(head, SQLITE_MAGIC);
        }
    }

    /**
     * The header records the database's size in pages; a file shorter than that lost its end.
     * Reading two header fields costs nothing, where a full quick_check reads the whole file.
     */
    private static boolean isTruncated(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(100);
            if (header.length < 100) {
                return true;
            }
            ByteBuffer b = ByteBuffer.wrap(header);
            int pageSize = Short.toUnsignedInt(b.getShort(16));
            long bytesPerPage = pageSize == 1 ? 65_536 : pageSize;
            long pages = Integer.toUnsignedLong(b.getInt(28));
            boolean sizeValid = b.getInt(24) == b.getInt(92);
            return sizeValid && pages > 0 && Files.size(file) < pages * bytesPerPage;
        }
    }

    private static int inspectDatabase(Path file) {
        try (Connection c = Journal.connectReadOnly(file)) {
            return inspect(c, file);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    /** The schema version of an open database (an encrypted journal's, in memory), refusing what is not a journal. */
    static int inspect(Connection c, Path file) {
        try (Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            if (appId != APPLICATION_ID) {
                if (appId == 0 && version == 0 && !hasTables(s)) {
                    return 0;
                }
                throw notAJournal(file, "files.notAJournal.otherProgram");
            }
            if (version > Migrations.latestVersion()) {
                throw new JournalOpenException(Reason.NEWER_VERSION, I18n.t("files.journal.newer", file.getFileName().toString(),
                        Integer.toString(version), Integer.toString(Migrations.latestVersion())));
            }
            return version;
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean hasTables(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    private static int intPragma(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static JournalOpenException notAJournal(Path file, String whyKey) {
        return new JournalOpenException(Reason.NOT_A_JOURNAL, I18n.t("files.notAJournal", file.getFileName().toString(), I18n.t(whyKey)));
    }

    /**
     * "Damaged" only when SQLite itself says so (a corrupt or foreign file); a file it could not
     * open for another reason (permissions, a read-only folder, a full disk) is named as such.
     */
    static JournalOpenException unreadable(Path file, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            return damaged(file, e);
        }
        LOG.log(Level.WARNING, "SQLite could not open a journal", e);
        String why;
        Path wal = Journal.sideFile(file, "-wal");
        if (code == SQLITE_FULL) {
            why = I18n.t("files.why.diskFull");
        } else if (!Files.isReadable(file)) {
            why = I18n.t("files.why.permission");
        } else if (code == SQLITE_CANTOPEN && Journal.hasContent(wal) && !Files.isWritable(file.toAbsolutePath().getParent())) {
            why = I18n.t("files.journal.walNeedsFolder", file.getFileName().toString(), wal.getFileName().toString());
        } else if (!Files.isWritable(file.toAbsolutePath().getParent())) {
            why = I18n.t("files.why.readOnlyMedia");
        } else {
            why = I18n.t("files.why.other", String.valueOf(e.getMessage()).replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", ""));
        }
        return new JournalOpenException(Reason.IO, I18n.t("files.journal.cannotOpen", file.getFileName().toString(), why), e);
    }

    /** SQLite found the file unusable: say so, and what restoring the newest backup would keep and lose. */
    static JournalOpenException damaged(Path file, SQLException cause) {
        String name = file.getFileName().toString();
        return new JournalOpenException(Reason.DAMAGED, I18n.t("files.journal.damaged", name) + " " + restoreAdvice(file), cause);
    }

    /** Compares the newest backup's time with the journal's last change, so a restore never loses work unsaid. */
    static String restoreAdvice(Path file) {
        List<BackupInfo> backups = BackupFiles.list(file);
        if (backups.isEmpty()) {
            return I18n.t("files.journal.damaged.noBackup");
        }
        Locale locale = I18n.messages().locale();
        BackupInfo newest = backups.get(0);
        LocalDateTime changed = Journal.lastChange(file);
        String backupTime = LocalFormats.dateTime(newest.takenAt(), locale);
        if (changed != null && !newest.takenAt().isBefore(changed.truncatedTo(ChronoUnit.SECONDS))) {
            return I18n.t("files.journal.damaged.backupCurrent", backupTime);
        }
        return I18n.t("files.journal.damaged.backupLoses", backupTime,
                changed == null ? I18n.t("files.lastChange.unknown") : LocalFormats.dateTime(changed, locale));
    }
}
