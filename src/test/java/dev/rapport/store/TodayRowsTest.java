package dev.rapport.store;

import dev.rapport.model.Rhythm;
import dev.rapport.model.Severity;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What SQL decides for Today (open or not, which day counts, the title, whose rhythm is watched) reads as the rows say. */
class TodayRowsTest {
    private static final LocalDate UNTIL = LocalDate.of(2026, 12, 11);

    @TempDir
    Path dir;

    private Journal journal;
    private TodayRows rows;

    @BeforeEach
    void open() {
        journal = Journal.open(dir.resolve("j.rapport"));
        rows = new TodayRows(journal);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void everyClientCarriesItsNameAndOnlyActiveUnarchivedOnesAreWatched() {
        sql("INSERT INTO client (id, name, status, archived, rhythm_ideal_days, rhythm_max_days) VALUES "
                + "(1, 'Acme', 'ACTIVE', 0, 7, 20), (2, 'Paused Ltd', 'PAUSED', 0, 14, 30), (3, 'Old Co', 'ACTIVE', 1, 14, 30), "
                + "(4, 'Never Met', 'ACTIVE', 0, 14, 30)",
                "INSERT INTO interaction (client_id, occurred_at, channel, title) VALUES "
                        + "(1, '2026-11-02T09:00', 'CALL', 'a'), (1, '2026-11-20T16:30', 'CALL', 'b'), (2, '2026-10-01T10:00', 'EMAIL', 'c')");
        assertThat(rows.clients()).extracting(TodayRows.ClientRow::id, TodayRows.ClientRow::name, TodayRows.ClientRow::watched,
                TodayRows.ClientRow::rhythm, TodayRows.ClientRow::lastContact).containsExactlyInAnyOrder(
                tuple(1L, "Acme", true, new Rhythm(7, 20), LocalDate.of(2026, 11, 20)),
                tuple(2L, "Paused Ltd", false, new Rhythm(14, 30), LocalDate.of(2026, 10, 1)),
                tuple(3L, "Old Co", false, new Rhythm(14, 30), null),
                tuple(4L, "Never Met", true, new Rhythm(14, 30), null));
    }

    @Test
    void anOpenPromiseCountsFromItsDueDayAKeptOneFromTheDayItWasKeptInDueOrderThenId() {
        sql("INSERT INTO client (id, name) VALUES (1, 'Acme')",
                "INSERT INTO promise (id, client_id, what, made_on, due, outcome, decided_on, reported_on) VALUES "
                        + "(1, 1, 'Plan', '2026-11-01', '2026-12-05', 'OPEN', NULL, NULL), "
                        + "(2, 1, 'Deck', '2026-11-01', '2026-11-10', 'KEPT', '2026-11-12', NULL), "
                        + "(3, 1, 'Told', '2026-11-01', '2026-11-10', 'KEPT', '2026-11-09', '2026-11-11'), "
                        + "(4, 1, 'Later', '2026-11-01', '2026-12-30', 'OPEN', NULL, NULL), "
                        + "(5, 1, 'Gone', '2026-11-01', '2026-11-03', 'BROKEN', '2026-11-04', NULL), "
                        + "(6, 1, 'Same day', '2026-11-01', '2026-12-05', 'OPEN', NULL, NULL)");
        assertThat(rows.promises(UNTIL)).containsExactly(
                new TodayRows.PromiseRow(2, 1, "Deck", false, LocalDate.of(2026, 11, 12)),
                new TodayRows.PromiseRow(1, 1, "Plan", true, LocalDate.of(2026, 12, 5)),
                new TodayRows.PromiseRow(6, 1, "Same day", true, LocalDate.of(2026, 12, 5)));
    }

    @Test
    void anOpenProblemCountsFromItsTargetAResolvedOneFromTheDayItWasResolvedNewestRaisedFirst() {
        sql("INSERT INTO client (id, name) VALUES (1, 'Acme')",
                "INSERT INTO problem (id, client_id, raised_by, raised_on, description, severity, target, status, resolved_on) VALUES "
                        + "(1, 1, 'CLIENT', '2026-11-01', 'Late', 'HIGH', '2026-12-02', 'IN_PROGRESS', NULL), "
                        + "(2, 1, 'CLIENT', '2026-11-05', 'Wrong', 'LOW', '2026-11-10', 'RESOLVED', '2026-11-08'), "
                        + "(3, 1, 'CLIENT', '2026-11-06', 'No target', 'LOW', NULL, 'OPEN', NULL), "
                        + "(4, 1, 'CLIENT', '2026-11-05', 'Same day', 'MEDIUM', '2026-12-11', 'OPEN', NULL)");
        assertThat(rows.problems(UNTIL)).containsExactly(
                new TodayRows.ProblemRow(4, 1, "Same day", Severity.MEDIUM, true, LocalDate.of(2026, 12, 11)),
                new TodayRows.ProblemRow(2, 1, "Wrong", Severity.LOW, false, LocalDate.of(2026, 11, 8)),
                new TodayRows.ProblemRow(1, 1, "Late", Severity.HIGH, true, LocalDate.of(2026, 12, 2)));
    }

    @Test
    void aRequestIsTitledByItsSubjectElseItsFirstQuestionElseNothing() {
        sql("INSERT INTO client (id, name) VALUES (1, 'Acme')",
                "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at, answered_at) VALUES "
                        + "(1, 1, '2026-12-01T09:00:00Z', 'EMAIL', 'Budget?', NULL, NULL), "
                        + "(2, 1, '2026-12-02T09:00:00Z', 'CALL', '', '2026-12-02T10:00:00Z', NULL), "
                        + "(3, 1, '2026-12-03T09:00:00Z', 'CHAT', '', NULL, NULL), "
                        + "(4, 1, '2026-12-04T09:00:00Z', 'CHAT', 'Done', NULL, '2026-12-04T10:00:00Z')",
                "INSERT INTO request_question (request_id, position, question) VALUES "
                        + "(1, 0, 'Ignored'), (2, 1, 'Second'), (2, 0, 'First')");
        assertThat(rows.unansweredRequests()).containsExactly(
                new TodayRows.RequestRow(3, 1, Instant.parse("2026-12-03T09:00:00Z"), "", null),
                new TodayRows.RequestRow(2, 1, Instant.parse("2026-12-02T09:00:00Z"), "First", Instant.parse("2026-12-02T10:00:00Z")),
                new TodayRows.RequestRow(1, 1, Instant.parse("2026-12-01T09:00:00Z"), "Budget?", null));
    }

    private void sql(String... statements) {
        journal.write(c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
            return null;
        });
    }
}
