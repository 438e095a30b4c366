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
 * Writes rows straight into a journal file with plain JDBC, past every rule: the journal's rule
 * triggers are dropped for the writes and put back afterwards, as a journal made before schema 9
 * (or edited by another tool) could hold such rows.
 */
public final class RawRows {
    private RawRows() {
    }

    public static void write(Path journal, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal)) {
            List<String> triggers = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rule_%'")) {
                    while (rs.next()) {
                        triggers.add(rs.getString(1));
                    }
                }
                for (String sql : triggers) {
                    s.execute("DROP TRIGGER " + sql.split("\\s+")[2]);
                }
                for (String sql : statements) {
                    s.execute(sql);
                }
                for (String sql : triggers) {
                    s.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A journal of schema 8 (before the rule triggers) holding the given rows; opening it migrates it. */
    public static void writeBeforeRules(Path journal, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal)) {
            Migrations.migrate(c, 0, Migrations.versionAfter("V9__rules.sql") - 1);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
