package dev.rapport.logic;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts {@link CrashWriter} in a child JVM, lets it report a random number of saves, kills it with
 * SIGKILL, and hands the check every title reported saved so far; round after round.
 */
final class KillLoop {
    interface AfterKill {
        void check(int kill, Set<String> reported) throws Exception;
    }

    private KillLoop() {
    }

    static Set<String> run(Path journal, int kills, long seed, int maxSavesPerRound, List<String> jvmOptions,
                           String passphrase, AfterKill check) throws Exception {
        Random random = new Random(seed);
        Set<String> reported = new HashSet<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < kills; round++) {
            List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    journal.toString(), Integer.toString(100_000 * round)));
            if (passphrase != null) {
                command.add(passphrase);
            }
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                int wait = random.nextInt(maxSavesPerRound);
                for (int i = 0; i < wait; i++) {
                    reported.add("crash-" + out.readLine().substring("committed ".length()));
                }
                child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no flush
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            check.check(round + 1, reported);
        }
        return reported;
    }
}
