package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.Rhythm;
import dev.rapport.model.Severity;
import dev.rapport.model.TodayItem;
import dev.rapport.tools.demo.SyntheticJournal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today reads a few indexed queries (TodayRows) instead of whole promises, problems, requests and
 * every client's overview; on a synthetic journal, at several days after it was written, it must
 * give exactly the day the old way gave (TodayOracle).
 */
class TodayEquivalenceTest {
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void write() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file, Clock.fixed(WRITTEN.toInstant(ZoneOffset.UTC), ZoneOffset.UTC))) {
            SyntheticJournal.fill(s, SyntheticJournal.Scale.of(2), WRITTEN, 11);
            variety(s, WRITTEN.toLocalDate());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4, 10, 20, 45, 400})
    void todayGivesTheSameDayAsTheOldWay(int daysLater) {
        Clock later = Clock.fixed(WRITTEN.plusDays(daysLater).atZone(VILNIUS).toInstant(), VILNIUS);
        try (JournalSession s = JournalSession.open(file, later)) {
            TodayItem.Day fast = s.todayList().today();
            TodayItem.Day old = new TodayOracle(s.clients(), s.ledger(), later, s.followUps(), s.dates()).today();
            assertThat(fast.items()).isNotEmpty().containsExactlyElementsOf(old.items());
            assertThat(fast.losingTouch()).containsExactlyElementsOf(old.losingTouch());
            assertThat(fast).isEqualTo(old);
        }
    }

    /** What the synthetic journal lacks: archived, inactive and drifting clients, targets, dates, acknowledged requests. */
    private static void variety(JournalSession s, LocalDate today) {
        for (int i = 0; i < 6; i++) {
            Client c = s.clients().save(new Client(0, "Drifting " + i, i == 4 ? ClientStatus.values()[1] : ClientStatus.ACTIVE, i == 5,
                    "", "", new Rhythm(7 + i, 20 + 3 * i)));
            s.interactions().save(new Interaction(0, c.id(), today.minusDays(5L * i + 3).atTime(9, 0), Channel.CALL, "Call", "", "",
                    List.of(), null, List.of()));
            Problem p = s.ledger().save(Problem.create(c.id(), RaisedBy.CLIENT, today.minusDays(10), "Late report " + i));
            s.ledger().save(new Problem(p.id(), p.clientId(), p.raisedBy(), p.raisedOn(), p.description(), "", "", Severity.values()[i % 3],
                    today.plusDays(i - 2), "", i % 2 == 0 ? ProblemStatus.OPEN : ProblemStatus.IN_PROGRESS, null, null, "", ""));
            Request r = s.ledger().save(Request.create(c.id(), today.atTime(8 + i, 30).toInstant(ZoneOffset.UTC),
                    List.of("Where is the report " + i + "?")));
            if (i % 2 == 1) {
                s.ledger().acknowledge(r.id(), today.atTime(17, 0).toInstant(ZoneOffset.UTC));
            }
            if (i % 3 == 0) {
                s.ledger().saveTargets(c.id(), new ResponseTargets(2 + i, 24, i == 3));
            }
            s.dates().save(new DatedEvent(0, c.id(), null, DatedEvent.Kind.RENEWAL, today.plusDays(i * 3L).minusYears(1), "", ""));
        }
        s.clients().save(s.clients().get(1).withArchived(true));
        s.ledger().resolve(s.ledger().problems(2L).get(0).id(), today.minusDays(1));
        Instant now = today.atTime(10, 0).toInstant(ZoneOffset.UTC);
        s.ledger().save(new Request(0, 3, null, now.minusSeconds(3600), Channel.EMAIL, "Subject only", List.of(), null, null, List.of(),
                false));
    }
}
