package dev.rapport.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The domain's simple rules as the journal's schema holds them (schema 9's rule triggers), read
 * back from the schema itself, so finding the rows that already break them asks exactly what
 * the triggers ask of a new row: one place for each rule.
 */
final class SchemaRules {
    /** One rule of one table: the message key its refusal carries and its condition on a row. */
    record Rule(String table, String key, String condition) {
    }

    private static final Pattern LINE = Pattern.compile("RAISE\\(ABORT, 'rapport-rule: ([A-Za-z.]+)'\\) WHERE (.*);\\s*$",
            Pattern.MULTILINE);

    private SchemaRules() {
    }

    /** Every rule, table by table (none in a journal older than schema 9). */
    static Map<String, List<Rule>> read(Connection c) throws SQLException {
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tbl_name, sql FROM main.sqlite_master "
                + "WHERE type = 'trigger' AND name LIKE 'rule\\_%\\_insert' ESCAPE '\\' ORDER BY name")) {
            while (rs.next()) {
                String table = rs.getString(1);
                Matcher m = LINE.matcher(rs.getString(2));
                while (m.find()) {
                    rules.computeIfAbsent(table, k -> new ArrayList<>())
                            .add(new Rule(table, m.group(1), m.group(2).replace("new.", "")));
                }
            }
        }
        return rules;
    }

    /** The row ids of {@code table} that break any of its rules, in order. */
    static List<Long> breaking(Connection c, String table, List<Rule> rules) throws SQLException {
        StringBuilder where = new StringBuilder();
        for (Rule r : rules) {
            where.append(where.length() == 0 ? "" : " OR ").append('(').append(r.condition()).append(')');
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rowid FROM main." + table + " WHERE " + where + " ORDER BY rowid")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /**
     * For a read-only connection: each table holding rows that break a rule is shadowed by a
     * temporary view of its other rows (SQLite reads the temp schema first), so every list, figure
     * and report reads around them; they are counted in {@link LeftOut}. Returns how many.
     */
    static int hideBreakingRows(Connection c) throws SQLException {
        int hidden = 0;
        for (Map.Entry<String, List<Rule>> e : read(c).entrySet()) {
            String table = e.getKey();
            List<Long> ids = breaking(c, table, e.getValue());
            if (ids.isEmpty()) {
                continue;
            }
            StringBuilder list = new StringBuilder();
            for (long id : ids) {
                list.append(list.length() == 0 ? "" : ", ").append(id);
                LeftOut.note(c, table, Long.toString(id), null);
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP VIEW " + table + " AS SELECT * FROM main." + table + " WHERE rowid NOT IN (" + list + ")");
            }
            hidden += ids.size();
        }
        return hidden;
    }
}
