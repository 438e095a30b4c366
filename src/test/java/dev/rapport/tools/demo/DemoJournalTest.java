package dev.rapport.tools.demo;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.JournalStats;
import dev.rapport.model.RhythmState;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoJournalTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void theDemoIsALivingPracticeWithEveryRhythmState() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            JournalStats stats = s.stats().journal();
            assertThat(stats.clients()).isGreaterThanOrEqualTo(12);
            assertThat(stats.entries()).isGreaterThan(100);
            assertThat(stats.rhythm().get(RhythmState.GREEN)).isPositive();
            assertThat(stats.rhythm().get(RhythmState.AMBER)).isPositive();
            assertThat(stats.rhythm().get(RhythmState.RED)).isPositive();
            assertThat(s.search().search("sarunas").contacts()).isNotEmpty();
            assertThat(s.search().search("олена").contacts()).isNotEmpty();
            assertThat(s.search().search("ioana popescu").contacts()).isNotEmpty();
        }
    }

    @Test
    void theClientListCountsOpenPromisesAndProblemsPerClient() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            for (var o : s.clients().overviews(true)) {
                long promises = s.ledger().promises(o.client().id()).stream()
                        .filter(p -> p.outcome() == dev.rapport.model.PromiseOutcome.OPEN).count();
                long problems = s.ledger().problems(o.client().id()).stream().filter(p -> p.isOpen()).count();
                assertThat(o.openPromises()).as(o.client().name()).isEqualTo(promises);
                assertThat(o.openProblems()).as(o.client().name()).isEqualTo(problems);
            }
            assertThat(s.clients().overviews(true).stream().mapToInt(o -> o.openPromises()).sum()).isPositive();
        }
    }

    @Test
    void theSameSeedGivesTheSameJournal() {
        try (JournalSession a = JournalSession.open(dir.resolve("a.rapport"), CLOCK);
             JournalSession b = JournalSession.open(dir.resolve("b.rapport"), CLOCK)) {
            DemoJournal.fill(a);
            DemoJournal.fill(b);
            assertThat(a.interactions().page(JournalFilter.ALL, 1000, 0))
                    .isEqualTo(b.interactions().page(JournalFilter.ALL, 1000, 0));
        }
    }
}
