package dev.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows straight into a journal file with plain JDBC, past every rule: the journal's rule
 * triggers are dropped for the writes and put back afterwards, as a journal made before schema 9
 * (or edited by another tool) could hold such rows.
 */
public final class RawRows {
    /** Rows the forms would refuse, for a client of their own and for the demo's first client. */
    public static final String[] RULE_BREAKING = {
            "INSERT INTO client (id, name) VALUES (9001, 'Broken Ltd')",
            "INSERT INTO client (id, name) VALUES (9002, replace(hex(zeroblob(150)), '0', 'x'))",
            "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at, answered_at) VALUES "
                    + "(9001, 9001, '2026-11-20T10:00:00Z', 'EMAIL', 'Backwards', '2026-11-19T10:00:00Z', '2026-11-18T10:00:00Z')",
            "INSERT INTO request_question (request_id, position, question) VALUES (9001, 1, 'When?')",
            "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at) VALUES "
                    + "(9002, (SELECT min(id) FROM client), '2026-11-20T10:00:00Z', 'EMAIL', 'Odd date', '31/10/2026')",
            "INSERT INTO request (id, client_id, received_at, channel, subject) VALUES (9003, 9001, '2026-11-02T10:00:00Z', 'EMAIL', 'Fine')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9001, 'Recommend us?', 9001, '2026-11-10', 'RECOMMEND_0_10', 11, 'ORAL', 'POSITIVE')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9002, 'Recommend us?', (SELECT min(id) FROM client), '2026-11-10', 'RECOMMEND_0_10', 11, 'ORAL', 'POSITIVE')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9003, 'Recommend us?', 9001, '10/11/2026', 'RECOMMEND_0_10', 9, 'ORAL', 'POSITIVE')",
            "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                    + "(9004, 'Recommend us?', 9001, '2026-11-11', 'RECOMMEND_0_10', 9, 'ORAL', 'POSITIVE')",
            "INSERT INTO promise (id, client_id, what, made_on, due, outcome, decided_on) VALUES "
                    + "(9001, 9001, 'Kept before made', '2026-11-10', '2026-11-20', 'KEPT', '2026-11-01')",
            "INSERT INTO promise (id, client_id, what, made_on, due) VALUES "
                    + "(9002, (SELECT min(id) FROM client), 'Odd due', '2026-10-01', '31/10/2026')",
            "INSERT INTO problem (id, client_id, raised_by, raised_on, description) VALUES "
                    + "(9001, 9001, 'CLIENT', '31/10/2026', 'Odd raised')",
            "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (9001, 9001, 'yesterday', 'CALL', 'When?')",
            "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES "
                    + "(9002, 9001, '2026-11-03T10:00', 'CALL', 'Nul' || char(0) || 'here')",
            "INSERT INTO contact (id, client_id, name, phone) VALUES (9001, 9001, 'Formula Phone', '=cmd|'' /C calc''!A0')",
            "INSERT INTO contact_role (contact_id, client_id, title) VALUES (9001, 9001, '')",
    };

    private RawRows() {
    }

    public static void write(Path journal, String... statements) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal)) {
            List<String> triggers = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rule_%'")) {
                    while (rs.next()) {
                        triggers.add(rs.getString(1));
                    }
                }
                for (String sql : triggers) {
                    s.execute("DROP TRIGGER " + sql.split("\\s+")[2]);
                }
                for (String sql : statements) {
                    s.execute(sql);
                }
                for (String sql : triggers) {
                    s.execute(sql);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A journal of schema 8 (before the rule triggers) holding the given rows; opening it migrates it. */
    public static void writeBeforeRules(Path journal, String... statements) {
        OldJournals.before(journal, "V10__rules.sql", statements);
    }
}
