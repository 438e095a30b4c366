package dev.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A (owner id, tag) table such as client_tag or contact_tag: read, replace, add, remove. */
final class TagTable {
    private final String table;
    private final String owner;

    TagTable(String table, String owner) {
        this.table = table;
        this.owner = owner;
    }

    /** Each tagged owner's tags, sorted. */
    Map<Long, List<String>> all(Connection c) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + owner + ", tag FROM " + table + " ORDER BY " + owner + ", tag");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    List<String> of(Connection c, long id) throws SQLException {
        List<String> tags = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT tag FROM " + table + " WHERE " + owner + " = ? ORDER BY tag")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.add(rs.getString(1));
                }
            }
        }
        return tags;
    }

    void replace(Connection c, long id, Collection<String> tags) throws SQLException {
        Updates.run(c, "DELETE FROM " + table + " WHERE " + owner + " = ?", id);
        for (String t : tags) {
            add(c, id, t);
        }
    }

    void add(Connection c, long id, String tag) throws SQLException {
        Updates.run(c, "INSERT OR IGNORE INTO " + table + " (" + owner + ", tag) VALUES (?, ?)", id, tag);
    }

    void remove(Connection c, long id, String tag) throws SQLException {
        Updates.run(c, "DELETE FROM " + table + " WHERE " + owner + " = ? AND tag = ?", id, tag);
    }
}
