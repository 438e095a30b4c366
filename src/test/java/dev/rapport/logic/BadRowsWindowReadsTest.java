package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.store.RawRows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The meeting, review, follow-up and dated-event reads leave a row breaking the rules out, count it, and keep the rest. */
class BadRowsWindowReadsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private long client;

    private JournalSession journalWith(String... rows) {
        Path file = dir.resolve("journal.rapport");
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            client = s.clients().save(Client.create("Acme")).id();
        }
        RawRows.write(file, rows);
        return JournalSession.open(file, CLOCK);
    }

    @Test
    void aDatedEventOnAnUnreadableDayIsLeftOut() {
        try (JournalSession s = journalWith(
                "INSERT INTO dated_event (id, client_id, kind, on_day) VALUES (1, (SELECT id FROM client), 'RENEWAL', '2026-12-01')",
                "INSERT INTO dated_event (id, client_id, kind, on_day) VALUES (2, (SELECT id FROM client), 'RENEWAL', '31/10/2026')")) {
            assertThat(s.dates().forClient(client)).extracting(e -> e.id()).containsExactly(1L);
            assertThat(s.leftOut()).isEqualTo(1);
        }
    }

    @Test
    void aMeetingWithAnUnreadableEndIsLeftOut() {
        try (JournalSession s = journalWith(
                "INSERT INTO meeting (id, uid, client_id, title, starts_at, ends_at) VALUES "
                        + "(1, 'a', (SELECT id FROM client), 'Fine', '2026-11-26T10:00', '2026-11-26T11:00')",
                "INSERT INTO meeting (id, uid, client_id, title, starts_at, ends_at) VALUES "
                        + "(2, 'b', (SELECT id FROM client), 'Odd end', '2026-11-26T12:00', 'later')")) {
            assertThat(s.meetings().thisWeek()).extracting(m -> m.id()).containsExactly(1L);
            assertThat(s.leftOut()).isEqualTo(1);
        }
    }

    @Test
    void aReviewOnAnUnreadableDayIsLeftOutOfTheListAndTheHeatMap() {
        try (JournalSession s = journalWith(
                "INSERT INTO review (id, client_id, reviewed_on) VALUES (1, (SELECT id FROM client), '2026-11-20')",
                "INSERT INTO review_answer (review_id, item_id, item_name, prompt, rating) VALUES "
                        + "(1, (SELECT min(id) FROM checklist_item), 'Attention', 'Did I?', 'MET')",
                "INSERT INTO review (id, client_id, reviewed_on) VALUES (2, (SELECT id FROM client), '20/11/2026')",
                "INSERT INTO review_answer (review_id, item_id, item_name, prompt, rating) VALUES "
                        + "(2, (SELECT min(id) FROM checklist_item), 'Attention', 'Did I?', 'NOT_MET')")) {
            assertThat(s.health().reviews(client)).extracting(r -> r.id()).containsExactly(1L);
            assertThat(s.health().heatMap()).isNotEmpty();
            assertThat(s.leftOut()).isEqualTo(1);
        }
    }

    @Test
    void aFollowUpMarkAtAnUnreadableTimeIsLeftOut() {
        try (JournalSession s = journalWith(
                "INSERT INTO survey_answer (id, question_text, client_id, answered_on, scale, value, method, phrasing) VALUES "
                        + "(1, 'Recommend us?', (SELECT id FROM client), '2026-11-10', 'RECOMMEND_0_10', 3, 'ORAL', 'POSITIVE')",
                "INSERT INTO follow_up (answer_id, acknowledged_at) VALUES (1, 'yesterday')")) {
            assertThat(s.followUps().all()).allSatisfy(f -> assertThat(f.acknowledgedAt()).isNull());
            assertThat(s.leftOut()).isEqualTo(1);
        }
    }
}
