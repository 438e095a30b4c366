package dev.rapport.logic;

import dev.rapport.model.JournalFilter;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
        Path journal = dir.resolve("journal.rapport");
        Set<String> reported = KillLoop.run(journal, Integer.getInteger("rapport.crash.kills", 100), 7, 40, List.of(), null,
                (kill, saved) -> {
                    assertThat(integrityCheck(journal)).as("integrity after kill %d", kill).isEqualTo("ok");
                    assertThat(storedTitles(journal)).as("committed entries after kill %d", kill).containsAll(saved);
                });
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
