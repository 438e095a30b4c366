package dev.rapport.store.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.rapport.store.TableShape.q;

/**
 * One table that syncs: a row with a global id ({@code gid}) is named by it; a link row by its key
 * columns, a reference among them written as the referenced row's global id.
 *
 * @param keyColumns a link row's key columns (empty for a table with global ids)
 * @param fields     the columns that merge one by one (not the local id, the global id or a link row's key)
 * @param parents    the columns that refer to another row, and the table of that row
 * @param cascades   the columns whose row's deletion deletes this row too (the others are set to null)
 */
public record SyncTable(String name, boolean hasGid, List<String> keyColumns, List<String> fields, Map<String, String> parents,
                        java.util.Set<String> cascades) {

    /**
     * SQL naming a row as its row key, the row's columns read from {@code row} (a trigger's OLD or
     * NEW, or the table's name). A referenced row deleted in the same write is found in {@code notes}
     * (a table of noted deletions with columns tbl, cond and row_key) when given.
     */
    String keyExpression(String row, String notes) {
        if (hasGid) {
            return row + ".gid";
        }
        List<String> parts = new ArrayList<>();
        for (String col : keyColumns) {
            parts.add(parents.containsKey(col) ? reference(row, col, notes) : row + "." + q(col));
        }
        return "json_array(" + String.join(", ", parts) + ")";
    }

    /** SQL for a column's value as it syncs: a reference as the referenced row's global id. */
    String valueExpression(String row, String col) {
        return parents.containsKey(col) ? reference(row, col, null) : row + "." + q(col);
    }

    private String reference(String row, String col, String notes) {
        String parent = parents.get(col);
        String found = "(SELECT p.gid FROM main." + q(parent) + " p WHERE p.id = " + row + "." + q(col) + ")";
        if (notes == null) {
            return found;
        }
        return "coalesce(" + found + ", (SELECT n.row_key FROM " + notes + " n WHERE n.tbl = '" + parent
                + "' AND n.cond = 'rowid=' || " + row + "." + q(col) + " AND n.row_key IS NOT NULL LIMIT 1))";
    }
}
