package dev.rapport.store;

import dev.rapport.model.Interaction;
import dev.rapport.model.Meeting;
import dev.rapport.model.Request;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema 12 gives every moment its instant and the zone it was written in: a schema 11 journal's
 * entries, meetings and requests take the zone of the machine that upgrades it, nothing stored is
 * lost (an unreadable time keeps its text), and a row breaking an older rule does not stop it.
 */
class MomentsMigrationTest {
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    @TempDir
    Path dir;

    private TimeZone before;

    @BeforeEach
    void machineInVilnius() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(VILNIUS));
    }

    @AfterEach
    void restoreMachineZone() {
        TimeZone.setDefault(before);
    }

    @Test
    void olderRowsTakeTheUpgradingMachinesZoneAndTheirWallClockTimeThereAsTheirInstant() throws Exception {
        Path file = OldJournals.before(dir.resolve("v11.rapport"), "V12__moments.sql",
                "INSERT INTO client (id, name) VALUES (7, 'Acme')",
                // winter (UTC+2) and summer (UTC+3) in Vilnius
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (1, 7, '2026-01-15T09:30', 'CALL', 'Winter')",
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (2, 7, '2026-07-15T09:30', 'CALL', 'Summer')",
                "INSERT INTO meeting (id, uid, client_id, title, starts_at, ends_at) VALUES (4, 'u4', 7, 'Plan', '2026-12-01T10:00', '2026-12-01T11:00')",
                "INSERT INTO request (id, client_id, received_at, channel, subject) VALUES (5, 7, '2026-11-03T09:00:00Z', 'EMAIL', 'Invoices')",
                "INSERT INTO request_question (request_id, position, question) VALUES (5, 1, 'Which tariff?')");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isGreaterThanOrEqualTo(Migrations.versionAfter("V12__moments.sql"));
            assertThat(OldJournals.rows(journal, "SELECT id, occurred_at, occurred_utc, zone FROM interaction ORDER BY id")).containsExactly(
                    List.of("1", "2026-01-15T09:30", "2026-01-15T07:30:00Z", "Europe/Vilnius"),
                    List.of("2", "2026-07-15T09:30", "2026-07-15T06:30:00Z", "Europe/Vilnius"));
            assertThat(OldJournals.rows(journal, "SELECT starts_at, ends_at, starts_utc, ends_utc, zone FROM meeting")).containsExactly(
                    List.of("2026-12-01T10:00", "2026-12-01T11:00", "2026-12-01T08:00:00Z", "2026-12-01T09:00:00Z", "Europe/Vilnius"));
            assertThat(OldJournals.rows(journal, "SELECT received_at, zone FROM request")).containsExactly(
                    List.of("2026-11-03T09:00:00Z", "Europe/Vilnius"));

            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            Interaction winter = new InteractionRepository(journal).find(1).orElseThrow();
            assertThat(winter.occurredAt()).isEqualTo(LocalDateTime.of(2026, 1, 15, 9, 30));
            assertThat(winter.zone()).isEqualTo(VILNIUS);
            assertThat(winter.instant()).isEqualTo(Instant.parse("2026-01-15T07:30:00Z"));
            Meeting plan = new MeetingRepository(journal).find(4).orElseThrow();
            assertThat(plan.startsAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 10, 0));
            assertThat(plan.zone()).isEqualTo(VILNIUS);
            Request invoices = new RequestRepository(journal).find(5).orElseThrow();
            assertThat(invoices.zone()).isEqualTo(VILNIUS);
            assertThat(invoices.receivedAt()).isEqualTo(Instant.parse("2026-11-03T09:00:00Z"));
        }
    }

    @Test
    void rowsBreakingARuleAreUpgradedWithEveryTextKeptAndTheRulesStillHold() throws Exception {
        Path file = OldJournals.before(dir.resolve("v11.rapport"), "V12__moments.sql",
                "INSERT INTO client (id, name) VALUES (7, 'Acme')",
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (1, 7, 'yesterday', 'CALL', 'When?')",
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title) VALUES (2, 7, '2026-03-01T10:00', 'CALL', '')",
                "INSERT INTO request (id, client_id, received_at, channel, subject, acknowledged_at) "
                        + "VALUES (5, 7, '2026-11-20T10:00:00Z', 'EMAIL', 'Backwards', '2026-11-19T10:00:00Z')");
        List<String> triggersBefore = OldJournals.schemaNames(file, "trigger");
        try (Journal journal = Journal.open(file)) {
            assertThat(OldJournals.rows(journal, "SELECT id, occurred_at, occurred_utc, zone, title FROM interaction ORDER BY id")).containsExactly(
                    java.util.Arrays.asList("1", "yesterday", null, null, "When?"),
                    List.of("2", "2026-03-01T10:00", "2026-03-01T08:00:00Z", "Europe/Vilnius", ""));
            assertThat(OldJournals.rows(journal, "SELECT acknowledged_at, zone FROM request")).containsExactly(
                    List.of("2026-11-19T10:00:00Z", "Europe/Vilnius"));
            List<String> triggersAfter = journal.read(c -> OldJournals.schemaNames(c, "trigger"));
            assertThat(triggersAfter).containsAll(triggersBefore)
                    .contains("rule_interaction_moment_insert", "rule_meeting_moment_insert", "rule_request_zone_insert");
        }
    }
}
