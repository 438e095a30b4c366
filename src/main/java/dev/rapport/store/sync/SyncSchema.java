package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.rapport.store.JournalDump;
import dev.rapport.store.TableShape;

/**
 * Which tables sync between devices and how, read from the schema. The rest are a device's own:
 * its settings (window, sync folder, device name), its mail and calendars, and the sync's state
 * (docs/decisions/0001-sync-merge.md).
 */
public final class SyncSchema {
    /** Tables that stay on the device that wrote them. */
    public static final Set<String> LOCAL = Set.of("setting", "mail_message", "mail_unmatched", "calendar_source", "meeting",
            "meeting_contact", "meeting_writeup");

    private final Map<String, SyncTable> tables;

    private SyncSchema(Map<String, SyncTable> tables) {
        this.tables = tables;
    }

    /** The journal's synced tables, parents before the tables that refer to them (the dump's order). */
    public static SyncSchema read(Connection c) throws SQLException {
        Map<String, TableShape> shapes = TableShape.all(c);
        Map<String, SyncTable> tables = new LinkedHashMap<>();
        for (String name : JournalDump.TABLES.keySet()) {
            TableShape shape = shapes.get(name);
            if (shape == null || LOCAL.contains(name)) {
                continue;
            }
            boolean hasGid = shape.columns().contains("gid");
            Map<String, String> parents = new LinkedHashMap<>();
            Set<String> cascades = new java.util.HashSet<>();
            parents(c, name, parents, cascades);
            List<String> key = hasGid ? List.of() : shape.keyColumns();
            List<String> fields = new ArrayList<>();
            for (String col : shape.columns()) {
                if (!col.equals("gid") && !col.equals("rowid") && !key.contains(col) && !(hasGid && shape.keyColumns().contains(col))) {
                    fields.add(col);
                }
            }
            tables.put(name, new SyncTable(name, hasGid, key, List.copyOf(fields), parents, Set.copyOf(cascades)));
        }
        return new SyncSchema(tables);
    }

    private static void parents(Connection c, String table, Map<String, String> out, Set<String> cascades) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.foreign_key_list(" + TableShape.q(table) + ")")) {
            while (rs.next()) {
                out.put(rs.getString("from"), rs.getString("table"));
                if (!"SET NULL".equalsIgnoreCase(rs.getString("on_delete"))) {
                    cascades.add(rs.getString("from"));
                }
            }
        }
    }

    public Iterable<SyncTable> tables() {
        return tables.values();
    }

    public SyncTable table(String name) {
        SyncTable t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("Not a synced table: " + name);
        }
        return t;
    }

    public boolean syncs(String name) {
        return tables.containsKey(name);
    }

    /** The tables' names in order, parents first. */
    public List<String> order() {
        return List.copyOf(tables.keySet());
    }
}
