package dev.rapport.store;

import dev.rapport.i18n.I18n;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts one table's rows, numbering them for messages. Rows may leave fields out (their
 * defaults apply), so there is one prepared statement per set of present columns.
 */
final class DumpTableWriter implements AutoCloseable {
    private final Connection c;
    private final String table;
    private final List<String> columns;
    private final Map<Long, PreparedStatement> statements = new HashMap<>();
    private int record;

    DumpTableWriter(Connection c, String table, List<String> columns) {
        this.c = c;
        this.table = table;
        this.columns = columns;
    }

    String table() {
        return table;
    }

    void insert(Object[] row) throws SQLException {
        record++;
        PreparedStatement ps = statementFor(row);
        int p = 1;
        for (Object v : row) {
            if (v == DumpParser.Missing.VALUE) {
                continue;
            }
            if (v instanceof Long n) {
                ps.setLong(p++, n);
            } else if (v == null) {
                ps.setNull(p++, Types.NULL);
            } else {
                ps.setString(p++, (String) v);
            }
        }
        try {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new JournalDump.DumpException(reason(table, record, e));
        }
    }

    private PreparedStatement statementFor(Object[] row) throws SQLException {
        long present = 0;
        for (int i = 0; i < row.length; i++) {
            if (row[i] != DumpParser.Missing.VALUE) {
                present |= 1L << i;
            }
        }
        PreparedStatement ps = statements.get(present);
        if (ps == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < row.length; i++) {
                if ((present & 1L << i) != 0) {
                    names.add(columns.get(i));
                }
            }
            ps = c.prepareStatement(names.isEmpty() ? "INSERT INTO " + table + " DEFAULT VALUES"
                    : "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)");
            statements.put(present, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : statements.values()) {
            ps.close();
        }
        statements.clear();
    }

    /** What SQLite refused, in the user's words: no "UNIQUE constraint failed" reaches them. */
    private static String reason(String table, int record, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        String where = String.valueOf(record);
        if (msg.contains("FOREIGN KEY")) {
            return I18n.t("data.json.store.missingRef", table, where);
        }
        String rule = SqlRefusals.rule(msg);
        if (rule != null) {
            return I18n.t("data.json.store.rule", table, where, rule);
        }
        String unique = SqlRefusals.uniqueColumns(msg);
        if (unique != null) {
            return I18n.t("data.json.store.unique", table, where, unique);
        }
        int open = msg.indexOf("failed: ");
        String columns = open < 0 ? "" : msg.substring(open + 8).replaceAll("\\).*$", "").replace(table + ".", "");
        if (msg.contains("NOT NULL constraint failed")) {
            return I18n.t("data.json.store.notNull", table, where, columns);
        }
        if (msg.contains("CHECK constraint failed")) {
            return I18n.t("data.json.store.check", table, where, columns.replaceAll(" IN \\(.*", ""));
        }
        return I18n.t("data.json.store.other", table, where);
    }
}
