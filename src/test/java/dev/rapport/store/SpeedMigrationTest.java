package dev.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** V7 only adds Today's indexes: a journal of the version before gains them with its ledger untouched. */
class SpeedMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aJournalOfThePreviousVersionGainsTodaysIndexesKeepingItsLedger() throws Exception {
        Path file = dir.resolve("old.rapport");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, Migrations.versionAfter("V7__speed.sql") - 1);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO client (id, name) VALUES (7, 'Acme')");
                s.execute("INSERT INTO promise (id, client_id, what, made_on, due, outcome, decided_on) "
                        + "VALUES (3, 7, 'Send the plan', '2026-11-01', '2026-11-10', 'KEPT', '2026-11-09')");
                s.execute("INSERT INTO problem (id, client_id, raised_by, raised_on, description, target) "
                        + "VALUES (4, 7, 'CLIENT', '2026-11-02', 'Late invoices', '2026-11-20')");
                s.execute("INSERT INTO request (id, client_id, received_at, channel, subject) VALUES (5, 7, '2026-11-24T09:00:00Z', 'EMAIL', 'Budget?')");
            }
            assertThat(indexes(c)).doesNotContain("promise_unreported", "request_unanswered");
        }
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(journal.read(SpeedMigrationTest::indexes))
                    .contains("promise_unreported", "problem_unreported", "problem_target", "request_unanswered");
            TodayRows rows = new TodayRows(journal);
            assertThat(rows.promises(LocalDate.of(2026, 11, 25))).singleElement()
                    .satisfies(p -> assertThat(p.what()).isEqualTo("Send the plan")).satisfies(p -> assertThat(p.open()).isFalse());
            assertThat(rows.problems(LocalDate.of(2026, 11, 25))).singleElement()
                    .satisfies(p -> assertThat(p.description()).isEqualTo("Late invoices"));
            assertThat(rows.unansweredRequests()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("Budget?"));
        }
    }

    private static List<String> indexes(Connection c) throws java.sql.SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
