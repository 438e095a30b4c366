package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.rapport.store.TableShape.q;

/**
 * Stores merged rows in the journal's own tables: global ids turned into local ids, parents
 * before the rows that refer to them, a row whose parent has not come yet kept waiting
 * ({@code sync_pending}) until it has, a row whose parent was deleted gone with it.
 */
final class SyncApply {
    private enum Outcome { STORED, WAITING }

    private final Connection c;
    private final SyncSchema schema;
    private final SyncLog log;

    SyncApply(Connection c, SyncSchema schema, SyncLog log) {
        this.c = c;
        this.schema = schema;
        this.log = log;
    }

    /** Merges the changes and stores every row they touched, and the rows that were waiting. */
    void apply(List<FieldChange> changes) throws SQLException {
        Map<String, Set<String>> touched = new LinkedHashMap<>();
        for (String t : schema.order()) {
            touched.put(t, new LinkedHashSet<>());
        }
        for (FieldChange ch : changes) {
            if (schema.syncs(ch.table()) && log.merge(ch)) {
                touched.get(ch.table()).add(ch.rowKey());
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tbl, row_key FROM sync_pending")) {
            while (rs.next()) {
                if (schema.syncs(rs.getString(1))) {
                    touched.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        boolean clients = !touched.get("client").isEmpty();
        Map<String, Set<String>> waiting = storeAll(touched);
        if (clients) {
            new ClientNames(c).settle();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM sync_pending");
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sync_pending (tbl, row_key) VALUES (?, ?)")) {
            for (var t : waiting.entrySet()) {
                for (String key : t.getValue()) {
                    s.setString(1, t.getKey());
                    s.setString(2, key);
                    s.executeUpdate();
                }
            }
        }
    }

    /** Stores rows parents first, again while a pass stores a row that was waiting; returns those still waiting. */
    private Map<String, Set<String>> storeAll(Map<String, Set<String>> rows) throws SQLException {
        Map<String, Set<String>> waiting = rows;
        while (true) {
            Map<String, Set<String>> next = new LinkedHashMap<>();
            for (var t : waiting.entrySet()) {
                Set<String> still = new LinkedHashSet<>();
                for (String key : t.getValue()) {
                    if (store(schema.table(t.getKey()), key) == Outcome.WAITING) {
                        still.add(key);
                    }
                }
                next.put(t.getKey(), still);
            }
            if (count(next) == 0 || count(next) == count(waiting)) {
                return next;
            }
            waiting = next;
        }
    }

    private static int count(Map<String, Set<String>> rows) {
        return rows.values().stream().mapToInt(Set::size).sum();
    }

    private Outcome store(SyncTable t, String key) throws SQLException {
        Map<String, SyncLog.Field> fields = log.fields(t.name(), key);
        List<String> where = new ArrayList<>();
        List<Object> whereValues = new ArrayList<>();
        if (t.hasGid()) {
            where.add("gid = ?");
            whereValues.add(key);
        } else {
            List<Object> parts = RowKeys.parts(key);
            for (int i = 0; i < t.keyColumns().size(); i++) {
                String col = t.keyColumns().get(i);
                Object v = parts.get(i);
                if (t.parents().containsKey(col)) {
                    Long id = localId(t.parents().get(col), (String) v);
                    if (id == null) {
                        return log.deleted(t.parents().get(col), (String) v) ? Outcome.STORED : Outcome.WAITING;
                    }
                    v = id;
                }
                where.add(q(col) + " IS ?");
                whereValues.add(v);
            }
        }
        String cond = String.join(" AND ", where);
        SyncLog.Field deletion = fields.get(FieldChange.DELETED);
        boolean gone = deletion != null && deletion.value() instanceof Number n && n.longValue() == 1;
        if (gone) {
            execute("DELETE FROM main." + q(t.name()) + " WHERE " + cond, whereValues);
            return Outcome.STORED;
        }
        if (!t.hasGid() && deletion == null) {
            return Outcome.WAITING; // a link row's fields came before the word that it exists
        }
        List<String> cols = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String col : t.fields()) {
            SyncLog.Field f = fields.get(col);
            if (f == null) {
                continue;
            }
            Object v = f.value();
            if (t.parents().containsKey(col) && v != null) {
                Long id = localId(t.parents().get(col), (String) v);
                if (id == null) {
                    if (!log.deleted(t.parents().get(col), (String) v)) {
                        return Outcome.WAITING;
                    }
                    if (t.cascades().contains(col)) {
                        execute("DELETE FROM main." + q(t.name()) + " WHERE " + cond, whereValues);
                        return Outcome.STORED;
                    }
                }
                v = id;
            }
            if (t.name().equals("client") && col.equals("name")) {
                v = ClientNames.placeholder(key); // the merged names are given once every client is stored
            }
            cols.add(q(col));
            values.add(v);
        }
        return write(t, cond, whereValues, cols, values);
    }

    private Outcome write(SyncTable t, String cond, List<Object> whereValues, List<String> cols, List<Object> values) throws SQLException {
        boolean exists;
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM main." + q(t.name()) + " WHERE " + cond)) {
            bind(s, whereValues, 0);
            try (ResultSet rs = s.executeQuery()) {
                exists = rs.next();
            }
        }
        try {
            if (exists && !cols.isEmpty()) {
                List<Object> all = new ArrayList<>(values);
                all.addAll(whereValues);
                execute("UPDATE main." + q(t.name()) + " SET " + String.join(" = ?, ", cols) + " = ? WHERE " + cond, all);
            } else if (!exists) {
                List<String> names = new ArrayList<>(cols);
                List<Object> all = new ArrayList<>(values);
                if (t.hasGid()) {
                    names.add("gid");
                    all.add(whereValues.get(0));
                } else {
                    for (int i = 0; i < t.keyColumns().size(); i++) {
                        names.add(q(t.keyColumns().get(i)));
                        all.add(whereValues.get(i));
                    }
                }
                execute("INSERT INTO main." + q(t.name()) + " (" + String.join(", ", names) + ") VALUES ("
                        + "?, ".repeat(names.size() - 1) + "?)", all);
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 19) { // SQLITE_CONSTRAINT: a field the row needs has not come yet
                return Outcome.WAITING;
            }
            throw e;
        }
        return Outcome.STORED;
    }

    private Long localId(String table, String gid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM main." + q(table) + " WHERE gid = ?")) {
            s.setString(1, gid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private void execute(String sql, List<Object> values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values, 0);
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, List<Object> values, int from) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(from + i + 1, values.get(i));
        }
    }
}
