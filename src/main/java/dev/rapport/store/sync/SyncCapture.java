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
import java.util.UUID;

import dev.rapport.store.TableShape;

import static dev.rapport.store.TableShape.lit;
import static dev.rapport.store.TableShape.q;

/**
 * Turns each committed local write into field changes, whichever door made it: temporary triggers
 * (as {@code ChangeCapture} does for an encrypted journal's record, with the same shapes) note
 * every synced row a write inserts, updates or deletes, with its row key; just before the commit
 * the rows are read as they now are and every field that differs from what the merge last knew
 * becomes a change, stamped and put in the outbox, and a row that is gone a tombstone. Deletes
 * are noted before they happen, so a row deleted with its parent (a cascade) still names it.
 */
final class SyncCapture {
    static final String NOTES = "temp.rapport_sync_note";

    private final SyncSchema schema;
    private final Map<String, TableShape> shapes;
    private final Hlc clock;
    private final String device;
    private boolean suspended;

    private SyncCapture(SyncSchema schema, Map<String, TableShape> shapes, Hlc clock, String device) {
        this.schema = schema;
        this.shapes = shapes;
        this.clock = clock;
        this.device = device;
    }

    static SyncCapture install(Connection c, SyncSchema schema, Hlc clock, String device) throws SQLException {
        SyncCapture capture = new SyncCapture(schema, TableShape.all(c), clock, device);
        capture.installTriggers(c);
        return capture;
    }

    private void installTriggers(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS rapport_sync_note (tbl TEXT NOT NULL, cond TEXT NOT NULL, row_key TEXT)");
            int n = 0;
            for (SyncTable t : schema.tables()) {
                TableShape shape = shapes.get(t.name());
                String on = " ON main." + q(t.name()) + " BEGIN INSERT INTO rapport_sync_note (tbl, cond, row_key) VALUES ";
                String tbl = lit(t.name());
                String oldRow = "(" + tbl + ", " + shape.keyOld() + ", " + t.keyExpression("OLD", NOTES) + ")";
                String newRow = "(" + tbl + ", " + shape.keyNew() + ", " + t.keyExpression("NEW", NOTES) + ")";
                s.execute("CREATE TEMP TRIGGER IF NOT EXISTS rapport_sync_i" + n + " AFTER INSERT" + on + newRow + "; END");
                s.execute("CREATE TEMP TRIGGER IF NOT EXISTS rapport_sync_u" + n + " AFTER UPDATE" + on + oldRow + ", " + newRow + "; END");
                s.execute("CREATE TEMP TRIGGER IF NOT EXISTS rapport_sync_d" + n + " BEFORE DELETE" + on + oldRow + "; END");
                n++;
            }
        }
    }

    /** While remote changes are stored: their writes are the merge's, not this device's news. */
    void suspend(boolean suspend) {
        this.suspended = suspend;
    }

    /** Inside a write's transaction, before its commit: the write's changes into the outbox. */
    void beforeCommit(Connection c) throws SQLException {
        if (!installed(c)) {
            installTriggers(c); // the encrypted journal went back to its file and took the triggers with it
            return;
        }
        if (suspended) {
            clear(c);
            return;
        }
        Map<String, Map<String, Set<String>>> noted = noted(c);
        if (noted.isEmpty()) {
            return;
        }
        SyncLog log = new SyncLog(c, schema);
        for (SyncTable t : schema.tables()) {
            Map<String, Set<String>> rows = noted.get(t.name());
            if (rows == null) {
                continue;
            }
            for (var row : rows.entrySet()) {
                String present = readAndPublish(c, log, t, row.getKey());
                for (String key : row.getValue()) {
                    if (!key.equals(present)) {
                        publishGone(log, t, key);
                    }
                }
            }
        }
        clear(c);
    }

    /** Publishes every synced row as it is: a device's first changes, so the others learn what it held before. */
    void publishAll(Connection c) throws SQLException {
        SyncLog log = new SyncLog(c, schema);
        for (SyncTable t : schema.tables()) {
            List<String> conds = new ArrayList<>();
            String cond = t.hasGid() ? "'rowid=' || rowid" : shapes.get(t.name()).keyNew().replace("NEW.", "");
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + cond + " FROM main." + q(t.name()))) {
                while (rs.next()) {
                    conds.add(rs.getString(1));
                }
            }
            for (String each : conds) {
                readAndPublish(c, log, t, each);
            }
        }
        clear(c);
    }

    /** Reads the row the condition names and publishes its changed fields; returns its key, or null when it is gone. */
    private String readAndPublish(Connection c, SyncLog log, SyncTable t, String cond) throws SQLException {
        List<Object> values = new ArrayList<>();
        String key;
        StringBuilder select = new StringBuilder("SELECT ").append(t.keyExpression("t", null));
        for (String f : t.fields()) {
            select.append(", ").append(t.valueExpression("t", f));
        }
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(select + " FROM main." + q(t.name()) + " AS t WHERE " + cond)) {
            if (!rs.next()) {
                return null;
            }
            key = rs.getString(1);
            for (int i = 0; i < t.fields().size(); i++) {
                values.add(rs.getObject(i + 2));
            }
        }
        if (key == null || RowKeys.incomplete(key)) {
            return key;
        }
        if (t.hasGid() && log.deleted(t.name(), key)) {
            // An undo brought a deleted row back: to the other devices it is a new row (a tombstone is final).
            key = UUID.randomUUID().toString();
            try (PreparedStatement s = c.prepareStatement("UPDATE main." + q(t.name()) + " SET gid = ? WHERE " + cond)) {
                s.setString(1, key);
                s.executeUpdate();
            }
        }
        for (int i = 0; i < t.fields().size(); i++) {
            String col = t.fields().get(i);
            var current = log.field(t.name(), key, col);
            if (current.isEmpty() || !FieldChange.sameValue(current.get().value(), values.get(i))) {
                publish(log, t.name(), key, col, values.get(i));
            }
        }
        if (!t.hasGid() && (log.field(t.name(), key, FieldChange.DELETED).isEmpty() || log.deleted(t.name(), key))) {
            publish(log, t.name(), key, FieldChange.DELETED, 0L);
        }
        return key;
    }

    private void publishGone(SyncLog log, SyncTable t, String key) throws SQLException {
        if (RowKeys.incomplete(key) || log.deleted(t.name(), key)) {
            return;
        }
        publish(log, t.name(), key, FieldChange.DELETED, 1L);
    }

    private void publish(SyncLog log, String table, String key, String col, Object value) throws SQLException {
        FieldChange ch = new FieldChange(table, key, col, value, clock.now(), device);
        log.merge(ch);
        log.publish(ch);
    }

    /** The noted rows by table: each row's condition and the keys it had. */
    private static Map<String, Map<String, Set<String>>> noted(Connection c) throws SQLException {
        Map<String, Map<String, Set<String>>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tbl, cond, row_key FROM " + NOTES + " ORDER BY rowid")) {
            while (rs.next()) {
                Set<String> keys = out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).computeIfAbsent(rs.getString(2),
                        k -> new LinkedHashSet<>());
                if (rs.getString(3) != null) {
                    keys.add(rs.getString(3));
                }
            }
        }
        return out;
    }

    private static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + NOTES);
        }
    }

    private static boolean installed(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM sqlite_temp_master WHERE type = 'trigger' AND name = 'rapport_sync_i0'")) {
            return rs.next();
        }
    }
}
