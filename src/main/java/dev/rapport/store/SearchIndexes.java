package dev.rapport.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's three full-text indexes during a bulk load: every trigger that keeps them is set
 * aside while the rows go in (and while a replaced journal's rows go out), then each index is
 * filled once from the tables as they are then — much faster than row by row. The triggers are
 * taken from the schema itself, so they come back exactly as the migrations made them. Run it in
 * the load's transaction: a failure rolls the triggers and the indexes back with the rows.
 */
final class SearchIndexes {
    private static final String TRIGGERS = "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%' ORDER BY name";
    /** Each fill says what the triggers of V1, V6 and V14 write, for every row at once. */
    private static final String[] FILL = {
        "INSERT INTO interaction_fts (interaction_fts) VALUES ('rebuild')",
        "DELETE FROM party_fts",
        "INSERT INTO party_fts (rowid, name, details) SELECT 2 * id, name, industry || ' ' || notes FROM client",
        "INSERT INTO party_fts (rowid, name, details) SELECT 2 * id + 1, name, role || ' ' || email || ' ' || phone || ' ' || notes"
                + " || coalesce(' ' || (SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = contact.id), '')"
                + " FROM contact",
        "DELETE FROM ledger_fts",
        "INSERT INTO ledger_fts (rowid, text) SELECT 3 * id, what || ' ' || report_note FROM promise",
        "INSERT INTO ledger_fts (rowid, text) SELECT 3 * id + 1, description || ' ' || consequences || ' ' || measures"
                + " || ' ' || what_it_took || ' ' || prevention FROM problem",
        "INSERT INTO ledger_fts (rowid, text) SELECT 3 * r.id + 2, r.subject || ' ' || coalesce((SELECT group_concat(q.question, ' ')"
                + " FROM request_question q WHERE q.request_id = r.id), '') FROM request r"
    };
    private static final String[] INDEXES = {"interaction_fts", "party_fts", "ledger_fts"};
    /**
     * FTS5 keeps new terms in memory and writes a segment each time they pass 'hashsize' (1 MiB by
     * default); a whole journal at 1 MiB means thousands of small segments merged over and over.
     * 16 MiB while filling roughly halves the work; the default is put back before the commit.
     */
    private static final int FILL_HASH_SIZE = 16 << 20;
    private static final int DEFAULT_HASH_SIZE = 1 << 20;

    private final List<String> triggers = new ArrayList<>();

    /** Drops the indexes' triggers, remembering them. */
    static SearchIndexes suspend(Statement s) throws SQLException {
        SearchIndexes indexes = new SearchIndexes();
        indexes.triggers.addAll(SchemaObjects.drop(s, TRIGGERS, "TRIGGER"));
        return indexes;
    }

    /** Fills every index from the tables as they are now and puts the triggers back. */
    void rebuild(Statement s) throws SQLException {
        hashSize(s, FILL_HASH_SIZE);
        for (String sql : FILL) {
            s.execute(sql);
        }
        hashSize(s, DEFAULT_HASH_SIZE);
        for (String sql : triggers) {
            s.execute(sql);
        }
    }

    private static void hashSize(Statement s, int bytes) throws SQLException {
        for (String index : INDEXES) {
            s.execute("INSERT INTO " + index + " (" + index + ", rank) VALUES ('hashsize', " + bytes + ")");
        }
    }
}
