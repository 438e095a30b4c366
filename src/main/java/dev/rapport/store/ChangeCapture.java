package dev.rapport.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one save of an encrypted journal changed, as the rows it left: for every row inserted,
 * updated or deleted, its table, its key and its values after the write (or that it is gone).
 *
 * <p>Why rows, and why triggers: the database lives in memory, so SQLite cannot say which pages
 * a write touched, and diffing page images would cost the journal's size on every save. Replaying
 * the statements a write executed is not deterministic here: several statements stamp
 * {@code strftime(..., 'now')} and a column defaults to it, so a replay would store another
 * time. Row images are: temporary triggers (in the temp schema, so never sealed into the base)
 * on every table, the search indexes' shadow tables included, note each changed row's key in a
 * temporary table, inside the write's own transaction (so a rolled-back write or savepoint
 * leaves no note), and before the commit the rows are read as they now are. A write through any
 * door, trigger-made changes included, is caught without the door knowing. Row images are also
 * what a sync between devices merges (issue 20): the same record could carry them.
 *
 * <p>Replaying a record (on open) deletes every row it names, then inserts the images of those
 * still there (all deletes first, so values that moved between rows cannot collide), with
 * foreign keys off and the journal's triggers set aside, all but the search indexes' (those
 * whose body writes into an FTS5 table, {@link SearchIndexes#indexTriggers}): the images are already what the other
 * triggers made (a rule's check, a person kept when a client goes), and those firing again would
 * change them, while each index's delete and insert triggers take the old row out of the index and
 * put the new one in, as the original write did.
 */
final class ChangeCapture {
    private static final String TABLE = "rapport_seal_change";

    private final Map<String, TableShape> shapes;

    private ChangeCapture(Map<String, TableShape> shapes) {
        this.shapes = shapes;
    }

    /** Creates the temporary change table and the triggers that fill it (again, after a schema change). */
    static ChangeCapture install(Connection c) throws SQLException {
        Map<String, TableShape> shapes = TableShape.all(c);
        try (Statement s = c.createStatement()) {
            dropTriggers(c, "rapport_seal_%");
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + TABLE + " (tbl TEXT NOT NULL, cond TEXT NOT NULL)");
            int n = 0;
            for (TableShape t : shapes.values()) {
                String on = " ON main." + q(t.name()) + " BEGIN INSERT INTO " + TABLE + " (tbl, cond) VALUES ";
                String tbl = lit(t.name());
                s.execute("CREATE TEMP TRIGGER rapport_seal_i" + n + " AFTER INSERT" + on + "(" + tbl + ", " + t.keyNew() + "); END");
                s.execute("CREATE TEMP TRIGGER rapport_seal_u" + n + " AFTER UPDATE" + on + "(" + tbl + ", " + t.keyOld() + "), ("
                        + tbl + ", " + t.keyNew() + "); END");
                s.execute("CREATE TEMP TRIGGER rapport_seal_d" + n + " AFTER DELETE" + on + "(" + tbl + ", " + t.keyOld() + "); END");
                n++;
            }
        }
        return new ChangeCapture(shapes);
    }

    /**
     * Drops the capture's triggers: before the main database is replaced (deserialised), as
     * SQLite crashes when temporary triggers still point into the schema being replaced. A sync's
     * capture ({@code rapport_sync_*}) goes too; it installs itself again at its next write.
     */
    static void uninstall(Connection c) throws SQLException {
        dropTriggers(c, "rapport_seal_%");
        dropTriggers(c, "rapport_sync_%");
    }

    /** Drops the temporary triggers whose names are like the pattern. */
    private static void dropTriggers(Connection c, String like) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE " + lit(like))) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP TRIGGER temp." + q(name));
            }
        }
    }

    /** How many row changes are noted for the write under way. */
    int pending(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM temp." + TABLE)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Forgets the noted changes (they are in the record just written, or in a new base). */
    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM temp." + TABLE);
        }
    }

    /** The noted rows as they are now, encoded for a record; null when nothing changed. */
    byte[] collect(Connection c) throws SQLException {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tbl, cond FROM temp." + TABLE + " GROUP BY tbl, cond ORDER BY min(rowid)")) {
            while (rs.next()) {
                keys.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        if (keys.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes); Statement s = c.createStatement()) {
            out.writeInt(keys.size());
            for (var table : keys.entrySet()) {
                TableShape shape = shapes.get(table.getKey());
                if (shape == null) {
                    throw new SQLException("A change names a table the journal no longer has: " + table.getKey());
                }
                writeString(out, shape.name());
                List<String> columns = shape.columns();
                out.writeInt(columns.size());
                for (String col : columns) {
                    writeString(out, col);
                }
                out.writeInt(table.getValue().size());
                for (String cond : table.getValue()) {
                    writeString(out, cond);
                    try (ResultSet rs = s.executeQuery("SELECT " + shape.select() + " FROM main." + q(shape.name()) + " WHERE " + cond)) {
                        if (rs.next()) {
                            out.writeBoolean(true);
                            for (int i = 1; i <= columns.size(); i++) {
                                writeValue(out, rs.getObject(i));
                            }
                        } else {
                            out.writeBoolean(false);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Applies records' changes to the journal: every noted key's row deleted, then the row images
     * inserted, with the journal's triggers set aside and foreign keys off (both put back after).
     * Runs in one transaction: all the records, or none.
     */
    static void replay(Connection c, List<byte[]> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, String> triggers;
        try (Statement s = c.createStatement()) {
            triggers = SearchIndexes.otherTriggers(s);
        }
        boolean auto = c.getAutoCommit();
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            c.setAutoCommit(false);
            try {
                for (String name : triggers.keySet()) {
                    s.execute("DROP TRIGGER main." + q(name));
                }
                for (byte[] change : changes) {
                    apply(c, change);
                }
                for (String sql : triggers.values()) {
                    s.execute(sql);
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
                s.execute("PRAGMA foreign_keys = ON");
            }
        }
    }

    private static void apply(Connection c, byte[] change) throws SQLException {
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(change)); Statement s = c.createStatement()) {
            int tables = in.readInt();
            List<Row> present = new ArrayList<>();
            for (int t = 0; t < tables; t++) {
                String table = q(readString(in));
                int ncols = in.readInt();
                List<String> cols = new ArrayList<>();
                for (int i = 0; i < ncols; i++) {
                    cols.add(q(readString(in)));
                }
                int rows = in.readInt();
                for (int r = 0; r < rows; r++) {
                    String cond = readString(in);
                    s.execute("DELETE FROM main." + table + " WHERE " + cond);
                    if (in.readBoolean()) {
                        Object[] values = new Object[ncols];
                        for (int i = 0; i < ncols; i++) {
                            values[i] = readValue(in);
                        }
                        present.add(new Row(table, cols, values));
                    }
                }
            }
            for (Row row : present) {
                row.store(c);
            }
        } catch (IOException e) {
            throw new SQLException("A change record does not read as one", e);
        }
    }

    /** A row as a write left it. */
    private record Row(String table, List<String> cols, Object[] values) {
        void store(Connection c) throws SQLException {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO main." + table + " (" + String.join(", ", cols)
                    + ") VALUES (" + "?, ".repeat(cols.size() - 1) + "?)")) {
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.executeUpdate();
            }
        }
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        ColumnValues.write(out, v);
    }

    private static Object readValue(DataInputStream in) throws IOException {
        return ColumnValues.read(in);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        ColumnValues.writeText(out, s);
    }

    private static String readString(DataInputStream in) throws IOException {
        return ColumnValues.readText(in);
    }

    private static String q(String name) {
        return TableShape.q(name);
    }

    private static String lit(String text) {
        return TableShape.lit(text);
    }
}
