package dev.rapport.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema 18's step: gives every row that syncs and was written before it a global id (a random
 * version-4 UUID; the built-in checklist items theirs from their code, the same on every device).
 * The journal's rule triggers are set aside meanwhile, as an older row breaking a rule must not
 * stop the upgrade, and put back as they were, inside the migration's transaction.
 */
final class SyncIds {
    static final List<String> TABLES = List.of("client", "contact", "contact_role", "client_ask", "dated_event", "interaction",
            "problem", "promise", "request", "review", "survey_question", "survey_answer", "checklist_item");

    private static final String UUID = "lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
            + "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || "
            + "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))";

    private SyncIds() {
    }

    static void fill(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            List<String> rules = SchemaObjects.drop(s, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                    + "AND (name LIKE 'rule_%' OR sql LIKE '%RAISE(%') ORDER BY name", "TRIGGER");
            s.executeUpdate("UPDATE checklist_item SET gid = 'checklist-' || code WHERE code IS NOT NULL");
            for (String table : TABLES) {
                s.executeUpdate("UPDATE " + table + " SET gid = " + UUID + " WHERE gid IS NULL");
            }
            for (String sql : rules) {
                s.execute(sql);
            }
        }
    }
}
