package dev.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's floors: the bare SQL behind a few figures, through plain JDBC with no mapping,
 * so each measured figure can be printed as a ratio to what SQLite itself needs.
 */
public final class Floors {
    private final Journal journal;

    public Floors(Journal journal) {
        this.journal = journal;
    }

    /** The first page of FTS5 hits for one term, newest first. */
    public int ftsPage(String term) {
        return journal.read(c -> count(c, "SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY rowid DESC LIMIT 21",
                "\"" + term + "\"*"));
    }

    /** A common word's matches ranked by bm25 over all of them: what a naive search would pay. */
    public int ftsRankAll(String term) {
        return journal.read(c -> count(c, "SELECT rowid FROM interaction_fts WHERE interaction_fts MATCH ? ORDER BY bm25(interaction_fts) LIMIT 21",
                "\"" + term + "\"*"));
    }

    /** One client's latest 50 entries, raw rows. */
    public int latestEntries(long clientId) {
        return journal.read(c -> count(c, "SELECT id, occurred_at, title, summary FROM interaction WHERE client_id = ? "
                + "ORDER BY occurred_at DESC LIMIT 50", clientId));
    }

    /** The last contact of every client. */
    public int lastContactOfEveryClient() {
        return journal.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT c.id, (SELECT max(occurred_at) FROM interaction i WHERE i.client_id = c.id) FROM client c")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }

    private static int count(Connection c, String sql, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        }
    }
}
