package dev.rapport.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A journal made by any older Rapport opens in this one, upgraded in place with its data untouched. */
class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void everyOlderSchemaUpgradesInPlaceKeepingItsData() throws Exception {
        for (int version = 1; version <= Migrations.latestVersion(); version++) {
            Path file = OldJournals.at(dir.resolve("v" + version + ".rapport"), version,
                    "INSERT INTO client (id, name) VALUES (7, 'Šarūnas & Co')",
                    "INSERT INTO interaction (id, client_id, occurred_at, channel, title, summary) "
                            + "VALUES (3, 7, '2025-05-01T09:30', 'CALL', 'Kick-off', 'Agreed the plan')");
            try (Journal journal = Journal.open(file)) {
                assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
                assertThat(new ClientRepository(journal).find(7)).get().extracting(c -> c.name()).isEqualTo("Šarūnas & Co");
                assertThat(new InteractionRepository(journal).find(3)).get().extracting(i -> i.title()).isEqualTo("Kick-off");
                assertThat(new SearchRepository(journal).entries("\"plan\"*", Long.MAX_VALUE, 5)).hasSize(1);
            }
        }
    }

    @Test
    void theLedgerOfAnOlderJournalBecomesSearchable() throws Exception {
        Path file = OldJournals.before(dir.resolve("ledger.rapport"), "V6__ledger_search.sql",
                "INSERT INTO client (id, name) VALUES (7, 'Acme')",
                "INSERT INTO promise (id, client_id, what, made_on, due) VALUES (5, 7, 'Send the tariff table', '2026-11-01', '2026-11-09')",
                "INSERT INTO problem (id, client_id, raised_by, raised_on, description) VALUES (6, 7, 'CLIENT', '2026-11-02', 'Tariff dispute')",
                "INSERT INTO request (id, client_id, received_at, channel, subject) VALUES (8, 7, '2026-11-03T09:00:00Z', 'EMAIL', 'Invoices')",
                "INSERT INTO request_question (request_id, position, question) VALUES (8, 1, 'Which tariff applies?')");
        try (Journal journal = Journal.open(file)) {
            assertThat(new SearchRepository(journal).ledger("\"tariff\"*", 10)).extracting(h -> h.kind().name() + h.id())
                    .containsExactly("REQUEST8", "PROBLEM6", "PROMISE5");
        }
    }

    @Test
    void aHealthJournalGainsFollowUpsAndClientTagsKeepingItsAnswers() throws Exception {
        Path file = OldJournals.at(dir.resolve("v3.rapport"), 3,
                "INSERT INTO client (id, name) VALUES (7, 'Acme')",
                "INSERT INTO contact (id, client_id, name) VALUES (4, 7, 'Ann')",
                "INSERT INTO survey_answer (id, question_text, client_id, contact_id, answered_on, scale, value, method, "
                        + "phrasing) VALUES (9, 'Recommend?', 7, 4, '2026-11-02', 'RECOMMEND_0_10', 3, 'ORAL', 'POSITIVE')");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new SurveyRepository(journal).answers(7L, null, null)).singleElement()
                    .satisfies(a -> assertThat(a.value()).isEqualTo(3)).satisfies(a -> assertThat(a.contactId()).isEqualTo(4L));
            new ClientTagRepository(journal).setTags(7, List.of("retainer"));
            new FollowUpRepository(journal).put(9, new FollowUpRepository.Marks(java.time.Instant.parse("2026-11-02T10:00:00Z"), null));
            assertThat(new ClientTagRepository(journal).all()).containsEntry(7L, List.of("retainer"));
            assertThat(new FollowUpRepository(journal).all()).containsKey(9L);
        }
    }

    @Test
    void aCrmJournalGainsPlannedMeetingsKeepingItsDates() throws Exception {
        Path file = OldJournals.at(dir.resolve("v4.rapport"), 4,
                "INSERT INTO client (id, name) VALUES (7, 'Acme')",
                "INSERT INTO contact (id, client_id, name, email) VALUES (4, 7, 'Ann', 'ann@acme.example')",
                "INSERT INTO dated_event (id, client_id, contact_id, kind, on_day) VALUES (2, 7, 4, 'BIRTHDAY', '1980-12-01')");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(new DatedEventRepository(journal).forClient(7L)).singleElement()
                    .satisfies(d -> assertThat(d.on()).isEqualTo(java.time.LocalDate.of(1980, 12, 1)));
            MeetingRepository meetings = new MeetingRepository(journal);
            meetings.upsertAll(List.of(new dev.rapport.model.Meeting(0, "evt-1@cal", 7, "Kick-off",
                    java.time.LocalDateTime.of(2026, 11, 27, 14, 0), null, "", List.of(4L), null)));
            assertThat(meetings.uids()).containsExactly("evt-1@cal");
        }
    }

    @Test
    void aFailingMigrationLeavesTheJournalAtItsVersion() throws Exception {
        Path file = dir.resolve("j.rapport");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.migrate(c, 0, 1);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE setting_clash (x)");
            }
            int before = version(c);
            // Re-running V1 on top of itself fails on its first CREATE TABLE; nothing of it may stay.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Migrations.migrate(c, 0, 1));
            assertThat(version(c)).isEqualTo(before);
            assertThat(OldJournals.schemaNames(c, "table")).contains("setting_clash", "client");
        }
    }

    @Test
    void scriptsSplitKeepingTriggerBodiesWhole() {
        List<String> statements = SqlScript.split("""
                -- a comment
                CREATE TABLE a (x TEXT DEFAULT '--not a comment');
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    INSERT INTO a VALUES (1);
                    INSERT INTO a VALUES (2);
                END;
                CREATE INDEX i ON a (x);
                """);
        assertThat(statements).hasSize(3);
        assertThat(statements.get(0)).contains("'--not a comment'");
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }

    private static int version(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
