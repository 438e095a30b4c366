package dev.rapport.store;

import dev.rapport.model.ItemKind;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class HealthMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aJournalAtSchemaOneWithDataUpgradesInPlaceWithItsDataUntouched() throws Exception {
        Path file = OldJournals.at(dir.resolve("old.rapport"), 1,
                "INSERT INTO client (id, name, industry) VALUES (1, 'Šarūnas & Co', 'Logistics')",
                "INSERT INTO contact (id, client_id, name, email) VALUES (5, 1, 'Олена Коваленко', 'olena@example.ua')",
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title, summary, private_notes, tags) "
                        + "VALUES (9, 1, '2026-10-01T09:30', 'CALL', 'Kick-off', 'Agreed scope', 'Tired', 'start')",
                "INSERT INTO interaction_contact VALUES (9, 5)",
                "INSERT INTO setting VALUES ('theme', 'dark')");
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion()).isGreaterThanOrEqualTo(2);
            assertThat(new ClientRepository(journal).all()).singleElement()
                    .satisfies(c -> assertThat(c.name()).isEqualTo("Šarūnas & Co"));
            assertThat(new ContactRepository(journal).find(5)).get().extracting(c -> c.email()).isEqualTo("olena@example.ua");
            var entry = new InteractionRepository(journal).find(9).orElseThrow();
            assertThat(entry.title()).isEqualTo("Kick-off");
            assertThat(entry.privateNotes()).isEqualTo("Tired");
            assertThat(entry.contactIds()).containsExactly(5L);
            assertThat(new SettingsRepository(journal).get("theme")).contains("dark");
            var items = new ChecklistRepository(journal).all();
            assertThat(items).hasSize(15);
            assertThat(items.stream().filter(i -> i.kind() == ItemKind.ATTRIBUTE)).hasSize(11);
            assertThat(items.get(0).name()).isEqualTo("Attention");
            assertThat(items.get(0).prompt()).isEqualTo("Did I raise something the client needs but did not ask for?");
            assertThat(new SearchRepository(journal).entries("kick*", Long.MAX_VALUE, 10)).isNotEmpty();
        }
    }
}
