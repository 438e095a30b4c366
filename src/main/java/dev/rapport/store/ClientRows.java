package dev.rapport.store;

import dev.rapport.model.RapportException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every row that deleting a client takes with it, found by following the schema's
 * {@code ON DELETE CASCADE} foreign keys from the client row, plus the links in other rows that
 * {@code ON DELETE SET NULL} would clear. Read from the schema itself, so a table added later is
 * covered without touching this class. Restoring puts every row back with its own ids in one
 * transaction: all of it, or nothing.
 */
public final class ClientRows {
    /**
     * Rows the cascade would reach but the schema's client_delete_keeps_people trigger (V5 roles)
     * keeps: a person with a role at another client stays (moved home there) with their personal
     * dates; only their roles at this client go. Parameter ?1 = the client id.
     */
    private static final Map<String, String> KEPT = Map.of(
            "contact", "id IN (SELECT contact_id FROM contact_role WHERE client_id <> ?1)",
            "dated_event", "contact_id IS NOT NULL AND contact_id IN (SELECT contact_id FROM contact_role WHERE client_id <> ?1)");

    private final Map<String, Captured> tables;
    private final List<ClearedLink> links;
    /** The kept rows as they were before the trigger moved them, put back as they were on restore. */
    private final Map<String, Captured> moved;

    private ClientRows(Map<String, Captured> tables, List<ClearedLink> links, Map<String, Captured> moved) {
        this.tables = tables;
        this.links = links;
        this.moved = moved;
    }

    private record Captured(List<String> columns, List<Object[]> rows) {
    }

    /** A column of a surviving row (by rowid: SET NULL links only live in rowid tables) that pointed at a deleted row. */
    private record ClearedLink(String table, String column, long rowId, Object value) {
    }

    private record ForeignKey(String parent, String from, String to, String onDelete) {
    }

    /** Reads, before the deletion, everything the deletion of {@code clientId} would remove. */
    public static ClientRows capture(Journal journal, long clientId) {
        return journal.read(c -> {
            Map<String, String> selection = selections(c);
            Map<String, Captured> tables = new LinkedHashMap<>();
            for (Map.Entry<String, String> t : selection.entrySet()) {
                tables.put(t.getKey(), rows(c, "SELECT * FROM " + t.getKey() + " WHERE " + t.getValue(), clientId));
            }
            Map<String, Captured> moved = new LinkedHashMap<>();
            for (Map.Entry<String, String> kept : KEPT.entrySet()) {
                moved.put(kept.getKey(), rows(c, "SELECT * FROM " + kept.getKey() + " WHERE client_id = ?1 AND (" + kept.getValue() + ")",
                        clientId));
            }
            return new ClientRows(tables, clearedLinks(c, selection, clientId), moved);
        });
    }

    public int rowCount() {
        return tables.values().stream().mapToInt(t -> t.rows().size()).sum();
    }

    public int rowCount(String table) {
        Captured t = tables.get(table);
        return t == null ? 0 : t.rows().size();
    }

    /**
     * Puts every captured row back with its own ids, and the cleared links. Fails without change
     * when the journal has since reused one of the ids.
     */
    public void restore(Journal journal) {
        journal.write(c -> {
            try (Statement s = c.createStatement()) {
                // the captured roles come back as they were, not a new first role per person
                s.execute("DROP TRIGGER " + ContactRoleRepository.FIRST_ROLE_TRIGGER_NAME);
            }
            for (Map.Entry<String, Captured> t : tables.entrySet()) {
                insert(c, t.getKey(), t.getValue());
            }
            try (Statement s = c.createStatement()) {
                s.execute(ContactRoleRepository.FIRST_ROLE_TRIGGER);
            }
            for (Map.Entry<String, Captured> t : moved.entrySet()) {
                putBack(c, t.getKey(), t.getValue());
            }
            for (ClearedLink link : links) {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE " + link.table() + " SET " + link.column() + " = ? WHERE rowid = ? AND " + link.column() + " IS NULL")) {
                    ps.setObject(1, link.value());
                    ps.setLong(2, link.rowId());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /**
     * For each table in parent-first order, the condition of the rows the deletion removes
     * (parameter ?1 = client id); a child's condition nests its parents'.
     */
    private static Map<String, String> selections(Connection c) throws SQLException {
        Map<String, String> selection = new LinkedHashMap<>();
        selection.put("client", "id = ?1");
        for (String table : JournalDump.TABLES.keySet()) {
            if (table.equals("client")) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            for (ForeignKey fk : foreignKeys(c, table)) {
                String parentRows = selection.get(fk.parent());
                if (parentRows != null && fk.onDelete().equals("CASCADE")) {
                    conditions.add(fk.from() + " IN (SELECT " + fk.to() + " FROM " + fk.parent() + " WHERE " + parentRows + ")");
                }
            }
            if (!conditions.isEmpty()) {
                String kept = KEPT.get(table);
                selection.put(table, "(" + String.join(" OR ", conditions) + ")" + (kept == null ? "" : " AND NOT (" + kept + ")"));
            }
        }
        return selection;
    }

    private static List<ClearedLink> clearedLinks(Connection c, Map<String, String> selection, long clientId) throws SQLException {
        List<ClearedLink> links = new ArrayList<>();
        for (String table : JournalDump.TABLES.keySet()) {
            for (ForeignKey fk : foreignKeys(c, table)) {
                String parentRows = selection.get(fk.parent());
                if (parentRows == null || !fk.onDelete().equals("SET NULL")) {
                    continue;
                }
                String own = selection.get(table);
                String sql = "SELECT rowid, " + fk.from() + " FROM " + table + " WHERE " + fk.from()
                        + " IN (SELECT " + fk.to() + " FROM " + fk.parent() + " WHERE " + parentRows + ")"
                        + (own == null ? "" : " AND NOT " + own);
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, clientId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            links.add(new ClearedLink(table, fk.from(), rs.getLong(1), rs.getObject(2)));
                        }
                    }
                }
            }
        }
        return links;
    }

    private static List<ForeignKey> foreignKeys(Connection c, String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
            while (rs.next()) {
                String to = rs.getString("to");
                keys.add(new ForeignKey(rs.getString("table"), rs.getString("from"), to == null ? "rowid" : to,
                        rs.getString("on_delete")));
            }
        }
        return keys;
    }

    private static Captured rows(Connection c, String sql, long clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return new Captured(columns, rows);
            }
        }
    }

    private static void insert(Connection c, String table, Captured captured) throws SQLException {
        if (captured.rows().isEmpty()) {
            return;
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", captured.columns()) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(captured.columns().size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : captured.rows()) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("UNIQUE")) {
                throw new RapportException(dev.rapport.i18n.I18n.t("clients.delete.undoStale"), e);
            }
            throw e;
        }
    }

    /** Sets every column of each captured row back, by its id. */
    private static void putBack(Connection c, String table, Captured captured) throws SQLException {
        List<String> columns = captured.columns().stream().filter(col -> !col.equals("id")).toList();
        int id = captured.columns().indexOf("id");
        String sql = "UPDATE " + table + " SET " + String.join(", ", columns.stream().map(col -> col + " = ?").toList()) + " WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : captured.rows()) {
                int n = 1;
                for (int i = 0; i < row.length; i++) {
                    if (i != id) {
                        ps.setObject(n++, row[i]);
                    }
                }
                ps.setObject(n, row[id]);
                ps.executeUpdate();
            }
        }
    }
}
