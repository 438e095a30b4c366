package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchHit.Kind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over FTS5. Journal hits come newest-written first straight from the index's
 * rowid order, so a page costs the same for a rare word, a common word or a short prefix: the
 * index stops after the page instead of scoring every match.
 */
public final class SearchRepository {
    private static final String ENTRY_PAGE = """
            WITH hits AS (
                SELECT rowid AS id FROM interaction_fts
                WHERE interaction_fts MATCH ? AND rowid < ?
                ORDER BY rowid DESC LIMIT ?)
            SELECT i.id, i.client_id, i.occurred_at, i.title, i.summary, c.name AS client_name
            FROM hits JOIN interaction i ON i.id = hits.id JOIN client c ON c.id = i.client_id
            ORDER BY i.id DESC
            """;

    private static final String PARTIES = """
            SELECT f.rowid, f.name,
                   coalesce(p.client_id, f.rowid / 2) AS client_id,
                   coalesce(nullif(p.role, ''), p.email, '') AS detail,
                   (SELECT name FROM client WHERE id = coalesce(p.client_id, f.rowid / 2)) AS client_name
            FROM party_fts f LEFT JOIN contact p ON f.rowid % 2 = 1 AND p.id = f.rowid / 2
            WHERE party_fts MATCH ?
            ORDER BY bm25(party_fts, 10.0, 1.0) LIMIT ?
            """;

    // A search-box page of promises, problems and requests: the index's newest rows first, then
    // each row's own table by kind (rowid = 3 * id + kind).
    private static final String LEDGER_PAGE = """
            WITH hits AS MATERIALIZED (
                SELECT rowid AS key FROM ledger_fts WHERE ledger_fts MATCH ? ORDER BY rowid DESC LIMIT ?)
            SELECT hits.key, p.client_id, p.what AS title, p.due AS detail, c.name AS client_name
              FROM hits JOIN promise p ON hits.key % 3 = 0 AND p.id = hits.key / 3 JOIN client c ON c.id = p.client_id
            UNION ALL
            SELECT hits.key, b.client_id, b.description, b.status, c.name
              FROM hits JOIN problem b ON hits.key % 3 = 1 AND b.id = hits.key / 3 JOIN client c ON c.id = b.client_id
            UNION ALL
            SELECT hits.key, r.client_id, r.subject, substr(r.received_at, 1, 10), c.name
              FROM hits JOIN request r ON hits.key % 3 = 2 AND r.id = hits.key / 3 JOIN client c ON c.id = r.client_id
            ORDER BY 1 DESC
            """;
    private static final Kind[] LEDGER_KINDS = {Kind.PROMISE, Kind.PROBLEM, Kind.REQUEST};

    private final Journal journal;

    public SearchRepository(Journal journal) {
        this.journal = journal;
    }

    /** The search box's first page, read in one go: best clients and people, newest ledger rows, newest entries. */
    public record FirstPage(List<SearchHit> parties, List<SearchHit> ledger, List<SearchHit> entries) {
    }

    /** The three reads of {@link #parties}, {@link #ledger} and {@link #entries} (before no id) under one hold of the journal. */
    public FirstPage firstPage(String ftsQuery, int parties, int ledger, int entries) {
        return journal.read(c -> new FirstPage(parties(c, ftsQuery, parties), ledger(c, ftsQuery, ledger),
                entries(c, ftsQuery, Long.MAX_VALUE, entries)));
    }

    /** Entries matching an FTS5 expression, with ids below {@code beforeId}, newest-written first. */
    public List<SearchHit> entries(String ftsQuery, long beforeId, int limit) {
        return journal.read(c -> entries(c, ftsQuery, beforeId, limit));
    }

    private static List<SearchHit> entries(Connection c, String ftsQuery, long beforeId, int limit) throws SQLException {
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ENTRY_PAGE)) {
            ps.setString(1, ftsQuery);
            ps.setLong(2, beforeId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // columns by position, as ENTRY_PAGE lists them: id, client_id, occurred_at, title, summary, client_name
                    out.add(new SearchHit(Kind.ENTRY, rs.getLong(1), rs.getLong(2), rs.getString(4),
                            rs.getString(6) + " · " + rs.getString(5), LocalDateTime.parse(rs.getString(3))));
                }
            }
        }
        return out;
    }

    /** Clients and contacts matching an FTS5 expression, best first: name matches weigh most. */
    public List<SearchHit> parties(String ftsQuery, int limit) {
        return journal.read(c -> parties(c, ftsQuery, limit));
    }

    private static List<SearchHit> parties(Connection c, String ftsQuery, int limit) throws SQLException {
        List<SearchHit> out = new ArrayList<>();
        String clientLabel = null;
        try (PreparedStatement ps = c.prepareStatement(PARTIES)) {
            ps.setString(1, ftsQuery);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // columns by position, as PARTIES lists them: rowid, name, client_id, detail, client_name
                    long rowid = rs.getLong(1);
                    boolean contact = rowid % 2 == 1;
                    if (!contact && clientLabel == null) {
                        clientLabel = I18n.t("search.kind.client");
                    }
                    String detail = contact ? join(rs.getString(4), rs.getString(5)) : clientLabel;
                    out.add(new SearchHit(contact ? Kind.CONTACT : Kind.CLIENT, rowid / 2, rs.getLong(3),
                            rs.getString(2), detail, null));
                }
            }
        }
        return out;
    }

    /**
     * Promises, problems and requests matching an FTS5 expression, newest first. The detail is the
     * fact that matters (due day, status, day received) and the client's name.
     */
    public List<SearchHit> ledger(String ftsQuery, int limit) {
        return journal.read(c -> ledger(c, ftsQuery, limit));
    }

    private static List<SearchHit> ledger(Connection c, String ftsQuery, int limit) throws SQLException {
        List<SearchHit> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LEDGER_PAGE)) {
            ps.setString(1, ftsQuery);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long key = rs.getLong(1);
                    String title = rs.getString(3);
                    Kind kind = LEDGER_KINDS[(int) (key % 3)];
                    String fact = kind == Kind.PROBLEM ? ProblemStatus.valueOf(rs.getString(4)).label() : rs.getString(4);
                    out.add(new SearchHit(kind, key / 3, rs.getLong(2),
                            title == null || title.isBlank() ? "—" : title, join(fact, rs.getString(5)), null));
                }
            }
        }
        return out;
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return a + " · " + b;
    }
}
