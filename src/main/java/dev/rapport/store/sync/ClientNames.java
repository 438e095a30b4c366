package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A client's name is unique (ignoring case). When two devices each gave one the same name, every
 * device settles it the same way: among the clients merged to that name, the one with the
 * smallest global id keeps it and the others are called "name (2)", "name (3)", … in that order.
 * The renaming is worked out again from the merged names on every device, so it is not published.
 */
final class ClientNames {
    private final Connection c;
    private final SyncLog log;

    ClientNames(Connection c, SyncLog log) {
        this.c = c;
        this.log = log;
    }

    /** A name no client has, for a client row stored before the names are settled. */
    static String placeholder(String gid) {
        return "\u001f" + gid; // not NUL: SQLite compares names ignoring case only up to a NUL
    }

    /** The merged names of these clients (a deleted one's last name: its namesakes may take it back). */
    Set<String> namesOf(Set<String> gids) throws SQLException {
        Set<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String gid : gids) {
            var name = log.field("client", gid, "name");
            if (name.isPresent() && name.get().value() instanceof String n) {
                names.add(n);
            } else {
                try (PreparedStatement s = c.prepareStatement("SELECT value FROM sync_history WHERE tbl = 'client' AND row_key = ? AND col = 'name' "
                        + "ORDER BY hlc DESC, device DESC LIMIT 1")) {
                    s.setString(1, gid);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && rs.getObject(1) instanceof String n) {
                            names.add(n);
                        }
                    }
                }
            }
        }
        return names;
    }

    /** Gives every stored client merged to one of these names its settled name. */
    void resolve(Set<String> names) throws SQLException {
        List<List<String>> groups = new ArrayList<>();
        for (String name : names) {
            List<String> gids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT f.row_key FROM sync_field f JOIN main.client ON client.gid = f.row_key "
                    + "WHERE f.tbl = 'client' AND f.col = 'name' AND f.value = ? COLLATE NOCASE ORDER BY f.row_key")) {
                s.setString(1, name);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        gids.add(rs.getString(1));
                    }
                }
            }
            groups.add(gids);
            for (String gid : gids) {
                rename(gid, placeholder(gid));
            }
        }
        for (List<String> gids : groups) {
            for (int i = 0; i < gids.size(); i++) {
                String merged = (String) log.field("client", gids.get(i), "name").orElseThrow().value();
                rename(gids.get(i), i == 0 ? merged : merged + " (" + (i + 1) + ")");
            }
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
