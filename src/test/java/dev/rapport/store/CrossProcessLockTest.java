package dev.rapport.store;

import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Two Rapport processes on one journal: the second is refused while the first runs, never two writers. */
class CrossProcessLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsRefusedUntilTheFirstEnds() throws Exception {
        Path file = dir.resolve("journal.rapport");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
                file.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("ready");
            assertThatThrownBy(() -> Journal.open(file))
                    .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.LOCKED));
            child.getOutputStream().close();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        Journal.open(file).close();
    }
}
