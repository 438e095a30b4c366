package dev.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The journal's three full-text indexes during a bulk load: every trigger that keeps them is set
 * aside while the rows go in (and while a replaced journal's rows go out), then each index is
 * filled once from the tables as they are then — much faster than row by row. The triggers are
 * taken from the schema itself, so they come back exactly as the migrations made them. Run it in
 * the load's transaction: a failure rolls the triggers and the indexes back with the rows.
 *
 * <p>Which triggers keep an index is read from the schema, not from their names: the indexes are
 * the schema's FTS5 virtual tables, and an index trigger is one whose body writes into one of them
 * ({@link #indexTriggers}). The encrypted journal's replay keeps exactly these.
 */
final class SearchIndexes {
    private static final String INDEX_TABLES = "SELECT name FROM main.sqlite_master WHERE type = 'table' "
            + "AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using fts5%'";
    private static final String ALL_TRIGGERS = "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' ORDER BY rowid";
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
        Map<String, String> keepers = triggers(s, true);
        for (String name : keepers.keySet()) {
            s.execute("DROP TRIGGER main." + quoted(name));
        }
        indexes.triggers.addAll(keepers.values());
        return indexes;
    }

    /** The triggers that keep a search index (those whose body writes into one), name to SQL, in the schema's order. */
    static Map<String, String> indexTriggers(Statement s) throws SQLException {
        return triggers(s, true);
    }

    /** Every other trigger of the journal (its rules and their side effects), name to SQL, in the schema's order. */
    static Map<String, String> otherTriggers(Statement s) throws SQLException {
        return triggers(s, false);
    }

    private static Map<String, String> triggers(Statement s, boolean keepingAnIndex) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(INDEX_TABLES)) {
            while (rs.next()) {
                indexes.add(rs.getString(1));
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery(ALL_TRIGGERS)) {
            while (rs.next()) {
                if (writesInto(rs.getString(2), indexes) == keepingAnIndex) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    /** Whether a trigger's body (after its BEGIN) inserts into, updates or deletes from one of these tables. */
    static boolean writesInto(String triggerSql, List<String> tables) {
        int begin = indexOfWord(triggerSql, "BEGIN");
        String body = begin < 0 ? triggerSql : triggerSql.substring(begin);
        for (String table : tables) {
            Pattern write = Pattern.compile("\\b(?:INSERT|REPLACE)(?:\\s+OR\\s+\\w+)?\\s+INTO\\s+" + target(table)
                    + "|\\bUPDATE(?:\\s+OR\\s+\\w+)?\\s+" + target(table) + "|\\bDELETE\\s+FROM\\s+" + target(table),
                    Pattern.CASE_INSENSITIVE);
            if (write.matcher(body).find()) {
                return true;
            }
        }
        return false;
    }

    /** The table's name as a statement may write it: bare or quoted, with or without "main.". */
    private static String target(String table) {
        String name = Pattern.quote(table);
        return "(?:main\\s*\\.\\s*)?(?:" + name + "|\"" + name + "\"|`" + name + "`|\\[" + name + "\\])(?![\\w$])";
    }

    private static int indexOfWord(String sql, String word) {
        var m = Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE).matcher(sql);
        return m.find() ? m.start() : -1;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
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
