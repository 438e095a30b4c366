package dev.rapport.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a table's rows are keyed and read, from the schema itself: what an encrypted journal's
 * change record ({@link ChangeCapture}) and a sync between devices both need to know.
 *
 * @param select    the columns a row image reads ({@code *}, or the rowid first where it is not a column)
 * @param keyNew    SQL for a trigger that names the new row as a WHERE condition on its key's literal values
 * @param keyOld    the same for the old row
 * @param columns   the columns a row image holds, in order
 * @param keyColumns the declared primary key's columns, in key order (empty for a plain rowid table)
 */
public record TableShape(String name, String select, String keyNew, String keyOld, List<String> columns, List<String> keyColumns) {

    /** Every ordinary table of the journal (not SQLite's own, not the search indexes' virtual tables). */
    public static Map<String, TableShape> all(Connection c) throws SQLException {
        Map<String, Boolean> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.table_list")) {
            while (rs.next()) {
                String name = rs.getString("name");
                if ("table".equals(rs.getString("type")) && !name.startsWith("sqlite_")) {
                    tables.put(name, rs.getInt("wr") == 1);
                }
            }
        }
        Map<String, TableShape> shapes = new LinkedHashMap<>();
        for (var t : tables.entrySet()) {
            shapes.put(t.getKey(), of(c, t.getKey(), t.getValue()));
        }
        return shapes;
    }

    private static TableShape of(Connection c, String table, boolean withoutRowid) throws SQLException {
        Map<Integer, String> byOrder = new TreeMap<>();
        String aliasType = null;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.table_info(" + q(table) + ")")) {
            while (rs.next()) {
                if (rs.getInt("pk") > 0) {
                    byOrder.put(rs.getInt("pk"), rs.getString("name"));
                    aliasType = rs.getString("type");
                }
            }
        }
        List<String> pk = List.copyOf(byOrder.values());
        if (!withoutRowid) {
            boolean alias = pk.size() == 1 && "INTEGER".equalsIgnoreCase(aliasType);
            String select = alias ? "*" : "rowid AS rowid, *";
            return new TableShape(table, select, "'rowid=' || NEW.rowid", "'rowid=' || OLD.rowid", columns(c, table, select), pk);
        }
        return new TableShape(table, "*", condition(pk, "NEW"), condition(pk, "OLD"), columns(c, table, "*"), pk);
    }

    /** SQL that builds, in a trigger, a WHERE condition naming the row by its key's literal values. */
    private static String condition(List<String> pk, String row) {
        List<String> parts = new ArrayList<>();
        for (String col : pk) {
            parts.add(lit(q(col) + " IS ") + " || quote(" + row + "." + q(col) + ")");
        }
        return String.join(" || ' AND ' || ", parts);
    }

    /** The columns a row image holds, in order. */
    private static List<String> columns(Connection c, String table, String select) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + select + " FROM main." + q(table) + " LIMIT 0")) {
            var meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                out.add(meta.getColumnName(i));
            }
        }
        return List.copyOf(out);
    }

    /** A name quoted for SQL. */
    public static String q(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A text as an SQL literal. */
    public static String lit(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
