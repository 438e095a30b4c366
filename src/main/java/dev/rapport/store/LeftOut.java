package dev.rapport.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rows a read left out because they break the domain's rules (a journal written before schema 9,
 * or by another tool, may hold them): one bad row must not fail a whole list or figure. Each is
 * logged once and counted per journal, so a command can say how many it left out.
 */
public final class LeftOut {
    private static final Logger LOG = Logger.getLogger(LeftOut.class.getName());
    private static final Map<Connection, Set<String>> BY_JOURNAL = Collections.synchronizedMap(new WeakHashMap<>());

    /** Reads one row; a row breaking a rule is left out (null) and counted. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private LeftOut() {
    }

    /** The row read, or null when it breaks a rule; {@code key} names it (its id) in the log and the count. */
    static <T> T read(ResultSet rs, String table, RowReader<T> reader) throws SQLException {
        try {
            return reader.read(rs);
        } catch (RuntimeException e) {
            note(rs.getStatement().getConnection(), table, rowKey(rs), e);
            return null;
        }
    }

    /** The row read, or null when it breaks a rule; for a table without an id column, {@code key} names the row. */
    static <T> T read(ResultSet rs, String table, String key, RowReader<T> reader) throws SQLException {
        try {
            return reader.read(rs);
        } catch (RuntimeException e) {
            note(rs.getStatement().getConnection(), table, key, e);
            return null;
        }
    }

    /** Adds the row read to {@code out}, unless it breaks a rule: then it is left out and counted, not the whole list lost. */
    static <T> void add(java.util.List<T> out, ResultSet rs, String table, RowReader<T> reader) throws SQLException {
        T row = read(rs, table, reader);
        if (row != null) {
            out.add(row);
        }
    }

    /** Counts a row a figure left out (its facts break a rule, like an answer before the question). */
    static void note(Connection c, String table, String key, RuntimeException why) {
        Set<String> rows = BY_JOURNAL.computeIfAbsent(c, k -> Collections.synchronizedSet(new HashSet<>()));
        if (rows.add(table + ":" + key)) {
            LOG.log(Level.WARNING, () -> "Left out " + table + " row " + key + (why == null ? " (it breaks a rule of the journal)"
                    : ": " + why.getMessage()));
        }
    }

    /** How many distinct rows reads on this connection have left out. */
    static int count(Connection c) {
        Set<String> rows = BY_JOURNAL.get(c);
        return rows == null ? 0 : rows.size();
    }

    private static String rowKey(ResultSet rs) {
        try {
            return Long.toString(rs.getLong("id"));
        } catch (SQLException e) {
            return "?";
        }
    }
}
