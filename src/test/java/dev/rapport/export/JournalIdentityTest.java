package dev.rapport.export;

import dev.rapport.store.Journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A journal is the same journal wherever its file goes: its id is kept in it, not derived from its place. */
class JournalIdentityTest {
    private static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @TempDir
    Path dir;

    @Test
    void aNewJournalHasARandomIdThatTravelsWithItsFile() throws Exception {
        Path first = dir.resolve("first.rapport");
        Path second = dir.resolve("second.rapport");
        String firstId = idOf(first);
        String secondId = idOf(second);
        assertThat(firstId).matches(UUID_V4);
        assertThat(secondId).matches(UUID_V4).isNotEqualTo(firstId);

        Path elsewhere = Files.createDirectories(dir.resolve("other-laptop")).resolve("moved.rapport");
        Files.copy(first, elsewhere);
        assertThat(idOf(elsewhere)).isEqualTo(firstId);
        assertThat(idOf(first)).as("opening again keeps it").isEqualTo(firstId);
    }

    @Test
    void anOlderJournalKeepsTheIdItAlreadyGaveItsCalendarItems() throws Exception {
        Path file = dir.resolve("older.rapport");
        String given = "6f1c2a4e-0000-3000-8000-1234567890ab";
        try (Journal journal = Journal.open(file); Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("UPDATE setting SET value = '" + given + "' WHERE key = '" + DataExchange.JOURNAL_ID + "'");
            // the schema as V8 left it: what later migrations added goes again
            for (String undo : new String[] {"DROP INDEX request_interaction", "DROP INDEX problem_interaction",
                    "DROP INDEX promise_interaction", "ALTER TABLE request DROP COLUMN interaction_id",
                    "ALTER TABLE problem DROP COLUMN interaction_id"}) {
                s.execute(undo);
            }
            s.execute("PRAGMA user_version = 8");
        }
        assertThat(idOf(file)).isEqualTo(given);
    }

    private static String idOf(Path file) {
        try (Journal journal = Journal.open(file)) {
            return new DataExchange(journal, Clock.systemUTC()).journalId();
        }
    }
}
