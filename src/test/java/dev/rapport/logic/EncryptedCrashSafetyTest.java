package dev.rapport.logic;

import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer of an encrypted journal killed with SIGKILL at random moments, also mid-save: the file
 * always opens (the previous or the new sealed version, never a torn one) and holds every entry
 * reported saved. 30 kills here; more with {@code -Drapport.crash.encryptedKills=N}.
 */
class EncryptedCrashSafetyTest {
    private static final String PASSPHRASE = "crash test passphrase";

    @TempDir
    Path dir;

    @Test
    void savedEntriesSurviveSigkillAndTheFileIsNeverTorn() throws Exception {
        Path journal = dir.resolve("journal.rapport");
        KillLoop.run(journal, Integer.getInteger("rapport.crash.encryptedKills", 30), 11, 25, List.of(),
                PASSPHRASE, (kill, reported) -> {
                    try (JournalSession s = JournalSession.openEncrypted(journal, PASSPHRASE.toCharArray())) {
                        assertThat(s.quickCheck()).as("check after kill %d", kill).isEqualTo("ok");
                        Set<String> stored = s.interactions().page(JournalFilter.ALL, Integer.MAX_VALUE, 0).stream()
                                .map(JournalEntry::interaction).map(i -> i.title()).collect(Collectors.toSet());
                        assertThat(stored).as("saved entries after kill %d", kill).containsAll(reported);
                    }
                });
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("a temporary file left by a kill is removed on the next open").noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
