package dev.rapport.store;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schema 14 on a schema 13 journal with people and mail: every row and text kept, people start
 * with no other emails and no language, unmatched mail keeps its headers, and a person is then
 * found (by search and by mail) under their other emails too.
 */
class MailPeopleMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aSchema13JournalKeepsEveryRowAndGainsEmailsAndLanguages() throws Exception {
        Path file = OldJournals.before(dir.resolve("v13.rapport"), "V14__mail_people.sql",
                "INSERT INTO client (id, name) VALUES (7, 'Northwind')",
                "INSERT INTO contact (id, client_id, name, role, email, phone, notes) "
                        + "VALUES (3, 7, 'Ilona Kask', 'COO', 'ilona@northwind.example', '+372 5555 0101', 'Likes tea')",
                "INSERT INTO interaction (id, client_id, occurred_at, occurred_utc, zone, channel, title, private_notes) "
                        + "VALUES (1, 7, '2026-11-03T10:15', '2026-11-03T08:15:00Z', 'Europe/Tallinn', 'EMAIL', 'Rollout', 'Two questions')",
                "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (1, 3)",
                "INSERT INTO mail_message (message_key, message_id, from_client, sent_utc, client_id, contact_id, interaction_id, subject, "
                        + "proposed_questions) VALUES ('<a@n>', '<a@n>', 1, '2026-11-03T08:15:00Z', 7, 3, 1, 'Rollout', 'When?')",
                "INSERT INTO mail_unmatched (message_key, sender, subject, sent_utc, source) "
                        + "VALUES ('<b@x>', 'Laura <laura@x.example>', 'Hello', '2026-11-04T08:00:00Z', 'b.eml')");

        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isGreaterThanOrEqualTo(Migrations.versionAfter("V14__mail_people.sql"));
            assertThat(OldJournals.rows(journal, "SELECT id, client_id, name, role, email, phone, notes, language FROM contact")).containsExactly(
                    List.of("3", "7", "Ilona Kask", "COO", "ilona@northwind.example", "+372 5555 0101", "Likes tea", ""));
            assertThat(OldJournals.rows(journal, "SELECT count(*) FROM contact_email")).containsExactly(List.of("0"));
            assertThat(OldJournals.rows(journal, "SELECT message_key, contact_id, interaction_id, proposed_questions FROM mail_message"))
                    .containsExactly(List.of("<a@n>", "3", "1", "When?"));
            assertThat(OldJournals.rows(journal, "SELECT message_key, sender, subject, source, message_id, body, recipients, ignored FROM mail_unmatched"))
                    .containsExactly(Arrays.asList("<b@x>", "Laura <laura@x.example>", "Hello", "b.eml", null, "", "", "0"));
            assertThat(OldJournals.rows(journal, "SELECT contact_id FROM interaction_contact")).containsExactly(List.of("3"));

            SearchRepository search = new SearchRepository(journal);
            assertThat(search.parties("\"northwind\"", 10)).hasSize(2); // the client by name, the person by their email
            ContactEmailRepository emails = new ContactEmailRepository(journal);
            emails.replaceOthers(3, List.of("Ilona.Kask@Home.example"));
            assertThat(search.parties("\"home\"", 10)).extracting(h -> h.id()).containsExactly(3L);
            assertThat(emails.everyone()).containsEntry(3L, List.of("ilona@northwind.example", "ilona.kask@home.example"));
            emails.replaceOthers(3, List.of());
            assertThat(search.parties("\"home\"", 10)).isEmpty();

            emails.setLanguage(3, "lt");
            assertThat(emails.language(3)).isEqualTo("lt");
            assertThatThrownBy(() -> emails.setLanguage(3, "de")).hasMessageContaining("de");
            assertThatThrownBy(() -> journal.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO contact_email (contact_id, email) VALUES (3, 'not an address')");
                }
            })).hasMessageContaining("email");
        }
    }
}
