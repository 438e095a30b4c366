package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A client's name is unique (ignoring case). When two devices each gave one the same name, every
 * device settles it the same way, from the merged names alone: clients taken in the order of their
 * merged name (ignoring case), then of their global id, each keeps its name if no client before it
 * took it, else is shown as "name (2)", "name (3)", …. The shown names are worked out again on every
 * device, so they are not published.
 */
final class ClientNames {
    private final Connection c;

    ClientNames(Connection c) {
        this.c = c;
    }

    /** A name no client has, for a client row stored before the names are settled (not NUL: SQLite compares names ignoring case only up to a NUL). */
    static String placeholder(String gid) {
        return "\u001f" + gid;
    }

    /** Gives every stored client its settled name. */
    void settle() throws SQLException {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, String> wanted = new LinkedHashMap<>();
        Set<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT c.gid, c.name, f.value FROM main.client c "
                + "LEFT JOIN sync_field f ON f.tbl = 'client' AND f.row_key = c.gid AND f.col = 'name' ORDER BY lower(f.value), c.gid")) {
            while (rs.next()) {
                if (!(rs.getObject(3) instanceof String merged)) {
                    used.add(rs.getString(2)); // not merged yet: it keeps what it has
                    continue;
                }
                String name = merged;
                for (int k = 2; used.contains(name); k++) {
                    name = merged + " (" + k + ")";
                }
                used.add(name);
                shown.put(rs.getString(1), rs.getString(2));
                wanted.put(rs.getString(1), name);
            }
        }
        List<String> changing = new ArrayList<>();
        for (var w : wanted.entrySet()) {
            if (!w.getValue().equals(shown.get(w.getKey()))) {
                changing.add(w.getKey());
                rename(w.getKey(), placeholder(w.getKey()));
            }
        }
        for (String gid : changing) {
            rename(gid, wanted.get(gid));
        }
    }

    private void rename(String gid, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE main.client SET name = ? WHERE gid = ?")) {
            s.setString(1, name);
            s.setString(2, gid);
            s.executeUpdate();
        }
    }
}
