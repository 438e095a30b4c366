package dev.rapport.logic;

import dev.rapport.model.JournalFilter;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer killed with SIGKILL at random moments, many times: every entry it reported as saved
 * is there afterwards, and the journal passes integrity_check every time. The count is 100 here;
 * the long run is {@code mvn -B test -Dtest=CrashSafetyTest -Drapport.crash.kills=1000}.
 */
class CrashSafetyTest {
    @TempDir
    Path dir;

    @Test
    void committedEntriesSurviveSigkill() throws Exception {
        int kills = Integer.getInteger("rapport.crash.kills", 100);
        Path journal = dir.resolve("journal.rapport");
        Random random = new Random(7);
        Set<String> reported = new HashSet<>();
        int next = 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int round = 0; round < kills; round++) {
            Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(), journal.toString(), Integer.toString(next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ready");
                int wait = random.nextInt(40);
                for (int i = 0; i < wait; i++) {
                    String line = out.readLine();
                    reported.add("crash-" + line.substring("committed ".length()));
                }
                child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no flush
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(integrityCheck(journal)).as("integrity after kill %d", round + 1).isEqualTo("ok");
            Set<String> stored = storedTitles(journal);
            assertThat(stored).as("committed entries after kill %d", round + 1).containsAll(reported);
            next = 100_000 * (round + 1);
        }
        try (JournalSession s = JournalSession.open(journal)) {
            assertThat(s.interactions().count(JournalFilter.ALL)).isGreaterThanOrEqualTo(reported.size());
        }
    }

    private static String integrityCheck(Path journal) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    private static Set<String> storedTitles(Path journal) throws Exception {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + journal); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title FROM interaction")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
