package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.store.Journal;
import dev.rapport.store.TableShape;

import static dev.rapport.store.TableShape.q;

/**
 * The values other devices' edits overwrote ({@code sync_history} rows where the loser and the
 * winner were written on different devices), as a person reads them, and taking one back.
 */
public final class SyncEdits {
    /** Columns that name a row for a person, in order of preference. */
    private static final List<String> LABELS = List.of("name", "title", "full_name", "question", "text");

    /**
     * One overwritten value.
     *
     * @param label the row's name or title where it has one (null: none); {@code kept} the field's value now
     */
    public record Edit(long id, String table, String rowKey, String column, String label, Object overwritten, long overwrittenHlc,
                       String overwrittenBy, Object kept, long keptHlc, String keptBy) {
    }

    private final Journal journal;

    public SyncEdits(Journal journal) {
        this.journal = journal;
    }

    /** The highest history id so far: a round's edits are those after it. */
    public long lastId() {
        return journal.read(c -> {
            try (var s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM sync_history")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The newest edits after {@code afterId}, newest first, at most {@code limit}. */
    public List<Edit> after(long afterId, int limit) {
        return journal.read(c -> {
            Map<String, TableShape> shapes = TableShape.all(c);
            List<Edit> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT h.id, h.tbl, h.row_key, h.col, h.value, h.hlc, h.device, f.value, "
                    + "h.lost_to_hlc, h.lost_to_device FROM sync_history h LEFT JOIN sync_field f ON f.tbl = h.tbl AND f.row_key = h.row_key "
                    + "AND f.col = h.col WHERE h.id > ? AND h.device <> h.lost_to_device AND h.col <> ? ORDER BY h.id DESC LIMIT ?")) {
                s.setLong(1, afterId);
                s.setString(2, FieldChange.DELETED);
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String table = rs.getString(2);
                        String key = rs.getString(3);
                        out.add(new Edit(rs.getLong(1), table, key, rs.getString(4), label(c, shapes.get(table), key), rs.getObject(5),
                                rs.getLong(6), rs.getString(7), rs.getObject(8), rs.getLong(9), rs.getString(10)));
                    }
                }
            }
            return out;
        });
    }

    private static String label(Connection c, TableShape shape, String key) throws SQLException {
        if (shape == null || !shape.columns().contains("gid")) {
            return null;
        }
        Optional<String> column = LABELS.stream().filter(shape.columns()::contains).findFirst();
        if (column.isEmpty()) {
            return null;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT " + q(column.get()) + " FROM main." + q(shape.name()) + " WHERE gid = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /**
     * Writes an overwritten value back as a new edit made here, so it is captured and sent like any
     * edit. A link row's presence and a deleted row cannot be taken back (refused in words).
     */
    public void takeBack(long id) {
        journal.write(c -> {
            String table;
            String key;
            String column;
            Object value;
            try (PreparedStatement s = c.prepareStatement("SELECT tbl, row_key, col, value FROM sync_history WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new RapportException(I18n.t("syncing.takeBack.gone"));
                    }
                    table = rs.getString(1);
                    key = rs.getString(2);
                    column = rs.getString(3);
                    value = rs.getObject(4);
                }
            }
            SyncSchema schema = SyncSchema.read(c);
            if (!schema.syncs(table) || !schema.table(table).hasGid() || FieldChange.DELETED.equals(column)) {
                throw new RapportException(I18n.t("syncing.takeBack.linkRow"));
            }
            SyncTable t = schema.table(table);
            Object stored = value;
            String parent = t.parents().get(column);
            if (parent != null && value != null) {
                stored = localId(c, parent, value.toString());
                if (stored == null) {
                    throw new RapportException(I18n.t("syncing.takeBack.deleted"));
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE main." + q(table) + " SET " + q(column) + " = ? WHERE gid = ?")) {
                s.setObject(1, stored);
                s.setString(2, key);
                if (s.executeUpdate() == 0) {
                    throw new RapportException(I18n.t("syncing.takeBack.deleted"));
                }
            }
            return null;
        });
    }

    private static Long localId(Connection c, String table, String gid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM main." + q(table) + " WHERE gid = ?")) {
            s.setString(1, gid);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
