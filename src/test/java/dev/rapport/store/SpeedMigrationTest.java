package dev.rapport.store;

import java.nio.file.Path;
import java.time.LocalDate;
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
        Path file = OldJournals.before(dir.resolve("old.rapport"), "V7__speed.sql",
                "INSERT INTO client (id, name) VALUES (7, 'Acme')",
                "INSERT INTO promise (id, client_id, what, made_on, due, outcome, decided_on) "
                        + "VALUES (3, 7, 'Send the plan', '2026-11-01', '2026-11-10', 'KEPT', '2026-11-09')",
                "INSERT INTO problem (id, client_id, raised_by, raised_on, description, target) "
                        + "VALUES (4, 7, 'CLIENT', '2026-11-02', 'Late invoices', '2026-11-20')",
                "INSERT INTO request (id, client_id, received_at, channel, subject) VALUES (5, 7, '2026-11-24T09:00:00Z', 'EMAIL', 'Budget?')");
        assertThat(OldJournals.schemaNames(file, "index")).doesNotContain("promise_unreported", "request_unanswered");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            List<String> indexes = journal.read(c -> OldJournals.schemaNames(c, "index"));
            assertThat(indexes)
                    .contains("promise_unreported", "problem_unreported", "problem_target", "request_unanswered");
            TodayRows rows = new TodayRows(journal);
            assertThat(rows.promises(LocalDate.of(2026, 11, 25))).singleElement()
                    .satisfies(p -> assertThat(p.what()).isEqualTo("Send the plan")).satisfies(p -> assertThat(p.open()).isFalse());
            assertThat(rows.problems(LocalDate.of(2026, 11, 25))).singleElement()
                    .satisfies(p -> assertThat(p.description()).isEqualTo("Late invoices"));
            assertThat(rows.unansweredRequests()).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("Budget?"));
        }
    }
}
