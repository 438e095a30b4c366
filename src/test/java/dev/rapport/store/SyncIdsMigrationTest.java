package dev.rapport.store;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Upgrading to V18 gives every row that syncs a global id and keeps every row; new rows get one too. */
class SyncIdsMigrationTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @TempDir
    Path dir;

    @Test
    void anOlderJournalGainsIdsAndKeepsItsRows() {
        Path file = OldJournals.before(dir.resolve("older.rapport"), "V18__sync_ids.sql",
                "INSERT INTO client (id, name, status) VALUES (1, 'Acme', 'ACTIVE'), (2, 'Borealis', 'ACTIVE')",
                "INSERT INTO contact (id, client_id, name) VALUES (7, 1, 'Ann')",
                "INSERT INTO interaction (id, client_id, occurred_at, channel, title, occurred_utc, zone)"
                        + " VALUES (3, 2, '2024-05-01T10:00', 'CALL', 'Kick-off', '2024-05-01T08:00:00Z', 'Europe/Vilnius')",
                "INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (3, 7)");
        try (Journal journal = Journal.open(file)) {
            assertThat(OldJournals.rows(journal, "SELECT id, name FROM client ORDER BY id"))
                    .containsExactly(List.of("1", "Acme"), List.of("2", "Borealis"));
            assertThat(OldJournals.rows(journal, "SELECT interaction_id, contact_id FROM interaction_contact"))
                    .containsExactly(List.of("3", "7"));
            for (String table : List.of("client", "contact", "contact_role", "interaction")) {
                List<List<String>> gids = OldJournals.rows(journal, "SELECT gid FROM " + table);
                assertThat(gids).isNotEmpty().allSatisfy(row -> assertThat(row.get(0)).matches(UUID));
                assertThat(gids).doesNotHaveDuplicates();
            }
            assertThat(OldJournals.rows(journal, "SELECT gid FROM checklist_item WHERE code = 'ATTENTION'"))
                    .containsExactly(List.of("checklist-ATTENTION"));
        }
    }

    @Test
    void aNewRowGetsAnIdWhicheverDoorInsertsIt() {
        try (Journal journal = Journal.open(dir.resolve("new.rapport"))) {
            journal.write(c -> c.createStatement().executeUpdate("INSERT INTO client (name, status) VALUES ('Acme', 'ACTIVE')"));
            journal.write(c -> c.createStatement().executeUpdate("INSERT INTO client (name, status, gid) VALUES ('Given', 'ACTIVE', 'g-1')"));
            assertThat(OldJournals.rows(journal, "SELECT gid FROM client WHERE name = 'Acme'").get(0).get(0)).matches(UUID);
            assertThat(OldJournals.rows(journal, "SELECT gid FROM client WHERE name = 'Given'")).containsExactly(List.of("g-1"));
            assertThat(OldJournals.rows(journal, "SELECT count(*) FROM pragma_table_info('interaction_fts') WHERE name = 'gid'"))
                    .containsExactly(List.of("0"));
        }
    }
}
