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
                + "ORDER BY coalesce(occurred_utc, occurred_at) DESC LIMIT 50", clientId));
    }

    /** The last contact of every client. */
    public int lastContactOfEveryClient() {
        return journal.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT c.id, (SELECT i.occurred_at FROM interaction i WHERE i.client_id = c.id ORDER BY "
                            + MomentColumns.ENTRY_ORDER + " DESC LIMIT 1) FROM client c")) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                return n;
            }
        });
    }

    /** Today's rows, raw: promises and problems needing attention by {@code until}, unanswered requests, last contacts. */
    public int today(String until) {
        return journal.read(c -> count(c, "SELECT id, client_id, what, due, outcome, decided_on FROM promise "
                + "WHERE (outcome = 'OPEN' AND due <= ?) OR (outcome = 'KEPT' AND reported_on IS NULL)", until)
                + count(c, "SELECT id, client_id, description, severity, target, status, resolved_on FROM problem "
                + "WHERE (status IN ('OPEN', 'IN_PROGRESS') AND target IS NOT NULL AND target <= ?) "
                + "OR (status = 'RESOLVED' AND reported_on IS NULL)", until)
                + count(c, "SELECT id, client_id, received_at, subject, acknowledged_at FROM request WHERE answered_at IS NULL "
                + "AND ? IS NOT NULL", until)
                + lastContactOfEveryClient());
    }

    /** The columns the ledger's figures count, every row of the three tables, raw. */
    public int ledgerColumns() {
        return journal.read(c -> count(c, "SELECT outcome, due, decided_on, exceeded, reported_on FROM promise WHERE ? IS NOT NULL", 1)
                + count(c, "SELECT status, raised_on, target, resolved_on, reported_on FROM problem WHERE ? IS NOT NULL", 1)
                + count(c, "SELECT client_id, received_at, acknowledged_at, answered_at FROM request WHERE ? IS NOT NULL", 1));
    }

    /** Every client's newest {@code lastN} reviews' answers, one indexed query per client, raw rows. */
    public int latestAnswers(int lastN) {
        return journal.read(c -> {
            int n = 0;
            try (Statement s = c.createStatement(); ResultSet clients = s.executeQuery("SELECT id FROM client");
                 PreparedStatement ps = c.prepareStatement("SELECT a.item_id, a.rating, r.reviewed_on FROM review r "
                         + "JOIN review_answer a ON a.review_id = r.id WHERE r.id IN (SELECT id FROM review WHERE client_id = ? "
                         + "ORDER BY reviewed_on DESC, id DESC LIMIT ?)")) {
                while (clients.next()) {
                    ps.setLong(1, clients.getLong(1));
                    ps.setInt(2, lastN);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n++;
                        }
                    }
                }
            }
            return n;
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
