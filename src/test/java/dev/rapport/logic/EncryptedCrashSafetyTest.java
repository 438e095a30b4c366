package dev.rapport.logic;

import dev.rapport.model.JournalFilter;
import dev.rapport.model.JournalEntry;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
        int kills = Integer.getInteger("rapport.crash.encryptedKills", 30);
        Path journal = dir.resolve("journal.rapport");
        Random random = new Random(11);
        Set<String> reported = new HashSet<>();
        int next = 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < kills; round++) {
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Drapport.argon2.cost=light", "-cp", System.getProperty("java.class.path"),
                    EncryptedCrashWriter.class.getName(), journal.toString(), Integer.toString(next), PASSPHRASE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                int wait = random.nextInt(25);
                for (int i = 0; i < wait; i++) {
                    reported.add("crash-" + out.readLine().substring("committed ".length()));
                }
                child.destroyForcibly(); // SIGKILL: often in the middle of sealing or writing the next save
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            int kill = round + 1;
            try (JournalSession s = JournalSession.openEncrypted(journal, PASSPHRASE.toCharArray())) {
                assertThat(s.quickCheck()).as("check after kill %d", kill).isEqualTo("ok");
                Set<String> stored = s.interactions().page(JournalFilter.ALL, Integer.MAX_VALUE, 0).stream()
                        .map(JournalEntry::interaction).map(i -> i.title()).collect(Collectors.toSet());
                assertThat(stored).as("saved entries after kill %d", kill).containsAll(reported);
            }
            next = 100_000 * kill;
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("a temporary file left by a kill is removed on the next open").noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
