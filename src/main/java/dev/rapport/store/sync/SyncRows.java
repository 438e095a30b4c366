package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.rapport.store.TableShape.q;

/**
 * The synced part of a journal as devices compare it: every row by its row key, its fields as
 * they sync (references as global ids), no local ids; and whether a written value is still
 * known (current, or kept in history).
 */
final class SyncRows {
    private SyncRows() {
    }

    static Map<String, Map<String, List<Object>>> byKey(Connection c, SyncSchema schema) throws SQLException {
        Map<String, Map<String, List<Object>>> out = new TreeMap<>();
        for (SyncTable t : schema.tables()) {
            StringBuilder select = new StringBuilder("SELECT ").append(t.keyExpression("t", null));
            for (String f : t.fields()) {
                select.append(", ").append(t.valueExpression("t", f));
            }
            Map<String, List<Object>> rows = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select + " FROM main." + q(t.name()) + " AS t")) {
                while (rs.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int i = 0; i < t.fields().size(); i++) {
                        Object v = rs.getObject(i + 2);
                        values.add(v instanceof Integer n ? Long.valueOf(n) : v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v);
                    }
                    rows.put(rs.getString(1), values);
                }
            }
            out.put(t.name(), rows);
        }
        return out;
    }

    /** Whether the journal still holds a written value: as its field's value, or in history. */
    static boolean holds(Connection c, FieldChange ch) throws SQLException {
        for (String table : List.of("sync_field", "sync_history")) {
            try (PreparedStatement s = c.prepareStatement("SELECT value FROM " + table + " WHERE tbl = ? AND row_key = ? AND col = ? "
                    + "AND hlc = ? AND device = ?")) {
                s.setString(1, ch.table());
                s.setString(2, ch.rowKey());
                s.setString(3, ch.column());
                s.setLong(4, ch.hlc());
                s.setString(5, ch.device());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (FieldChange.sameValue(rs.getObject(1), ch.value())) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
