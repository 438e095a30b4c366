package dev.rapport.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the dump reads of the journal's schema: its tables, their row counts and their columns. */
final class DumpSchema {
    private DumpSchema() {
    }

    /** What the journal's columns are: name → declared type and whether NULL is refused. */
    record Column(String type, boolean notNull, boolean hasDefault) {
        boolean integer() {
            return type.startsWith("INTEGER");
        }
    }

    /** The tables the schema has (full-text indexes, SQLite's own and a device's sync state left out). */
    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                        + "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts_%' AND name NOT LIKE 'sync!_%' ESCAPE '!' ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Row counts per table of the dump. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : JournalDump.TABLES.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    counts.put(table, rs.next() ? rs.getLong(1) : 0);
                }
            }
        }
        return counts;
    }

    /** Every table of the dump with its columns in schema order. */
    static Map<String, Map<String, Column>> columns(Connection c) throws SQLException {
        Map<String, Map<String, Column>> all = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : JournalDump.TABLES.keySet()) {
                Map<String, Column> cols = new LinkedHashMap<>();
                Set<String> references = new HashSet<>();
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
                    while (rs.next()) {
                        references.add(rs.getString("from"));
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        // A key column counts like any other. A row id key is not declared NOT NULL and may be left out
                        // (SQLite numbers the row), unless it also points at another table's row (response_target's
                        // client_id): a number SQLite made up would belong to some other client, or to none.
                        String name = rs.getString("name");
                        boolean rowIdReference = rs.getInt("pk") > 0 && references.contains(name);
                        cols.put(name, new Column(rs.getString("type").toUpperCase(),
                                rs.getInt("notnull") == 1 || rowIdReference, rs.getString("dflt_value") != null));
                    }
                }
                all.put(table, cols);
            }
        }
        return all;
    }
}
