package dev.rapport.store;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Upgrading gives a journal an id only when it has none: ids already given to calendar items stay. */
class JournalIdMigrationTest {
    private static final String KEY = "journal.uuid";

    @TempDir
    Path dir;

    @Test
    void anOlderJournalKeepsTheIdItAlreadyHad() throws Exception {
        String given = "6f1c2a4e-0000-3000-8000-1234567890ab";
        Path file = OldJournals.before(dir.resolve("older.rapport"), "V9__journal_id.sql",
                "INSERT INTO setting (key, value) VALUES ('" + KEY + "', '" + given + "')");
        try (Journal journal = Journal.open(file)) {
            assertThat(new SettingsRepository(journal).get(KEY)).contains(given);
        }
    }

    @Test
    void anOlderJournalWithoutAnIdGainsOne() throws Exception {
        Path file = OldJournals.before(dir.resolve("older-without.rapport"), "V9__journal_id.sql");
        try (Journal journal = Journal.open(file)) {
            assertThat(new SettingsRepository(journal).get(KEY)).get().asString()
                    .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        }
    }
}
