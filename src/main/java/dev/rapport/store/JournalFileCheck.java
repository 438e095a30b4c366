package dev.rapport.store;

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
import java.util.Arrays;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at an existing file before Rapport writes anything to it, so a text file, a damaged
 * database, another program's database or a journal from a newer Rapport is refused untouched.
 */
final class JournalFileCheck {
    static final int APPLICATION_ID = 0x52415050; // "RAPP"
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private JournalFileCheck() {
    }

    /** Returns the schema version of an existing journal, or 0 for a missing or empty file. */
    static int inspect(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return 0;
            }
            if (Files.isDirectory(file)) {
                throw notAJournal(file, "it is a folder");
            }
            if (!hasSqliteHeader(file)) {
                throw notAJournal(file, "it is not a database file");
            }
            if (isTruncated(file)) {
                throw damaged(file, null);
            }
        } catch (IOException e) {
            throw new JournalOpenException(Reason.IO, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        return inspectDatabase(file);
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
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = c.createStatement()) {
            int appId = intPragma(s, "application_id");
            int version = intPragma(s, "user_version");
            if (appId != APPLICATION_ID) {
                if (appId == 0 && version == 0 && !hasTables(s)) {
                    return 0;
                }
                throw notAJournal(file, "it is a database of another program");
            }
            if (version > Migrations.latestVersion()) {
                throw new JournalOpenException(Reason.NEWER_VERSION, "The journal " + file.getFileName()
                        + " was made by a newer Rapport (schema " + version + "); this version reads up to schema "
                        + Migrations.latestVersion() + ". Update Rapport to open it.");
            }
            return version;
        } catch (SQLException e) {
            throw damaged(file, e);
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

    private static JournalOpenException notAJournal(Path file, String why) {
        return new JournalOpenException(Reason.NOT_A_JOURNAL, file.getFileName() + " is not a Rapport journal ("
                + why + "). It was left unchanged; choose a journal file or a new file name.");
    }

    private static JournalOpenException damaged(Path file, SQLException cause) {
        return new JournalOpenException(Reason.DAMAGED, "The journal " + file.getFileName()
                + " is damaged and cannot be read. It was left unchanged; restore it from a backup.", cause);
    }
}
