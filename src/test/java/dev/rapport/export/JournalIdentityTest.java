package dev.rapport.export;

import dev.rapport.logic.JournalSession;

import java.nio.file.Files;
import java.nio.file.Path;

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

    private static String idOf(Path file) {
        try (JournalSession session = JournalSession.open(file)) {
            return new DataExchange(session.data()).journalId();
        }
    }
}
