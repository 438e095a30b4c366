package dev.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Journal files as an older Rapport left them, for the migration tests: the schema stopped at an
 * earlier version and rows written with plain JDBC, as that version's app would have written them
 * (past the rule triggers, as {@link RawRows} writes). Opening such a file with {@link Journal#open}
 * upgrades it.
 */
final class OldJournals {
    private OldJournals() {
    }

    /** A journal at the schema just before the named migration script (e.g. "V7__speed.sql"), holding the rows. */
    static Path before(Path file, String script, String... rows) {
        return at(file, Migrations.versionAfter(script) - 1, rows);
    }

    /** A journal at the given schema version, holding the rows. */
    static Path at(Path file, int version, String... rows) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, version);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        RawRows.write(file, rows);
        return file;
    }

    /** Every row the query answers, each as its columns' texts (null stays null). */
    static List<List<String>> rows(Journal journal, String sql) {
        return journal.read(c -> {
            List<List<String>> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }

    /** The names of the schema's objects of one type ("table", "index", "trigger"), read past the journal. */
    static List<String> schemaNames(Path file, String type) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return schemaNames(c, type);
        }
    }

    static List<String> schemaNames(Connection c, String type) throws SQLException {
        List<String> out = new ArrayList<>();
        try (java.sql.PreparedStatement s = c.prepareStatement("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name")) {
            s.setString(1, type);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
