package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The merge's memory, in the journal: per field the value that won and its stamp
 * ({@code sync_field}), every value that lost ({@code sync_history}), and this device's own
 * changes numbered for publishing ({@code sync_outbox}). Merging one change is the same rule
 * whether it was made here or arrived: last writer wins per field, a tombstone wins over the row.
 */
final class SyncLog {
    /** A field's winning value and its stamp. */
    record Field(Object value, long hlc, String device) {
    }

    private final Connection c;
    private final SyncSchema schema;

    SyncLog(Connection c, SyncSchema schema) {
        this.c = c;
        this.schema = schema;
    }

    /**
     * Merges one change: it wins its field or goes into history, and the value it beats goes into
     * history. Returns true when the stored state changed (the row needs storing again).
     */
    boolean merge(FieldChange ch) throws SQLException {
        boolean rowWithGid = schema.table(ch.table()).hasGid();
        Optional<Field> tombstone = rowWithGid ? field(ch.table(), ch.rowKey(), FieldChange.DELETED) : Optional.empty();
        if (tombstone.isPresent()) {
            Field cur = tombstone.get();
            Field incoming = new Field(ch.value(), ch.hlc(), ch.device());
            if (ch.isDeletion() && ch.compareStamp(cur.hlc(), cur.device()) > 0) {
                // two devices deleted the row: the later deletion is the one kept, the other in history
                lost(ch.table(), ch.rowKey(), ch.column(), cur, incoming);
                put(ch);
            } else if (!ch.isDeletion() || ch.compareStamp(cur.hlc(), cur.device()) < 0) {
                lost(ch.table(), ch.rowKey(), ch.column(), incoming, cur);
            }
            return false;
        }
        if (rowWithGid && ch.isDeletion()) {
            Field winner = new Field(1L, ch.hlc(), ch.device());
            for (var f : fields(ch.table(), ch.rowKey()).entrySet()) {
                lost(ch.table(), ch.rowKey(), f.getKey(), f.getValue(), winner);
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM sync_field WHERE tbl = ? AND row_key = ?")) {
                s.setString(1, ch.table());
                s.setString(2, ch.rowKey());
                s.executeUpdate();
            }
            put(ch);
            return true;
        }
        Optional<Field> current = field(ch.table(), ch.rowKey(), ch.column());
        if (current.isEmpty()) {
            put(ch);
            return true;
        }
        Field cur = current.get();
        int order = ch.compareStamp(cur.hlc(), cur.device());
        if (order > 0) {
            lost(ch.table(), ch.rowKey(), ch.column(), cur, new Field(ch.value(), ch.hlc(), ch.device()));
            put(ch);
            return true;
        }
        if (order < 0) {
            lost(ch.table(), ch.rowKey(), ch.column(), new Field(ch.value(), ch.hlc(), ch.device()), cur);
        }
        return false;
    }

    Optional<Field> field(String table, String rowKey, String column) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value, hlc, device FROM sync_field WHERE tbl = ? AND row_key = ? AND col = ?")) {
            s.setString(1, table);
            s.setString(2, rowKey);
            s.setString(3, column);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new Field(rs.getObject(1), rs.getLong(2), rs.getString(3))) : Optional.empty();
            }
        }
    }

    /** A row's fields as merged, by column. */
    Map<String, Field> fields(String table, String rowKey) throws SQLException {
        Map<String, Field> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT col, value, hlc, device FROM sync_field WHERE tbl = ? AND row_key = ?")) {
            s.setString(1, table);
            s.setString(2, rowKey);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), new Field(rs.getObject(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return out;
    }

    boolean deleted(String table, String rowKey) throws SQLException {
        return field(table, rowKey, FieldChange.DELETED).map(f -> f.value() instanceof Number n && n.longValue() == 1).orElse(false);
    }

    private void put(FieldChange ch) throws SQLException {
        insert("INSERT OR REPLACE INTO sync_field", ch);
    }

    private void insert(String into, FieldChange ch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(into + " (tbl, row_key, col, value, hlc, device) VALUES (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, ch.table());
            s.setString(2, ch.rowKey());
            s.setString(3, ch.column());
            s.setObject(4, ch.value());
            s.setLong(5, ch.hlc());
            s.setString(6, ch.device());
            s.executeUpdate();
        }
    }

    private void lost(String table, String rowKey, String column, Field loser, Field winner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR IGNORE INTO sync_history (tbl, row_key, col, value, hlc, device, lost_to_hlc, "
                + "lost_to_device) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, table);
            s.setString(2, rowKey);
            s.setString(3, column);
            s.setObject(4, loser.value());
            s.setLong(5, loser.hlc());
            s.setString(6, loser.device());
            s.setLong(7, winner.hlc());
            s.setString(8, winner.device());
            s.executeUpdate();
        }
    }

    /** Adds a change made here to the outbox. */
    void publish(FieldChange ch) throws SQLException {
        insert("INSERT INTO sync_outbox", ch);
    }

    /** This device's changes numbered after {@code afterSeq}, in order. */
    static List<FieldChange> outbox(Connection c, long afterSeq) throws SQLException {
        List<FieldChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT tbl, row_key, col, value, hlc, device FROM sync_outbox WHERE seq > ? ORDER BY seq")) {
            s.setLong(1, afterSeq);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new FieldChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4), rs.getLong(5), rs.getString(6)));
                }
            }
        }
        return out;
    }

    static long lastSeq(Connection c) throws SQLException {
        return single(c, "SELECT coalesce(max(seq), 0) FROM sync_outbox");
    }

    /** The latest stamp this journal holds: where its clock starts again. */
    static long lastStamp(Connection c) throws SQLException {
        return Math.max(single(c, "SELECT coalesce(max(hlc), 0) FROM sync_field"), single(c, "SELECT coalesce(max(lost_to_hlc), 0) FROM sync_history"));
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
