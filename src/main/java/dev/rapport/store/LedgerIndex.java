package dev.rapport.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The search index of promises, problems and requests (V9) during a bulk load: its triggers are
 * set aside while the rows go in, then the index is filled once — much faster than row by row.
 * The triggers are taken from the schema itself, so they come back exactly as the migration made them.
 */
final class LedgerIndex {
    private static final String TRIGGERS = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
            + "('promise', 'problem', 'request', 'request_question') AND name LIKE '%fts%' ORDER BY name";
    private static final String[] FILL = {
        "INSERT INTO ledger_fts (rowid, text) SELECT 3 * id, what || ' ' || report_note FROM promise",
        "INSERT INTO ledger_fts (rowid, text) SELECT 3 * id + 1, description || ' ' || consequences || ' ' || measures"
                + " || ' ' || what_it_took || ' ' || prevention FROM problem",
        "INSERT INTO ledger_fts (rowid, text) SELECT 3 * r.id + 2, r.subject || ' ' || coalesce((SELECT group_concat(q.question, ' ')"
                + " FROM request_question q WHERE q.request_id = r.id), '') FROM request r"
    };

    private final List<String> triggers = new ArrayList<>();

    /** Drops the index's triggers, remembering them. */
    static LedgerIndex suspend(Statement s) throws SQLException {
        LedgerIndex index = new LedgerIndex();
        try (ResultSet rs = s.executeQuery(TRIGGERS)) {
            while (rs.next()) {
                index.triggers.add(rs.getString(1));
            }
        }
        for (String sql : index.triggers) {
            s.execute("DROP TRIGGER " + sql.split("\\s+")[2]);
        }
        return index;
    }

    /** Fills the index from the tables as they are now and puts the triggers back. */
    void rebuild(Statement s) throws SQLException {
        s.execute("DELETE FROM ledger_fts");
        for (String sql : FILL) {
            s.execute(sql);
        }
        for (String sql : triggers) {
            s.execute(sql);
        }
    }
}
