package dev.rapport.tools.demo;

import dev.rapport.logic.HealthService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.ItemNeglect;
import dev.rapport.model.Period;
import dev.rapport.model.SurveyAnswer;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class DemoHealthTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    @Test
    void theDemoHasMonthsOfReviewsAndAnswersAWeakSpotADetractorAndAnAlert() {
        try (JournalSession s = JournalSession.open(dir.resolve("demo.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            HealthService h = s.health();
            List<SurveyAnswer> answers = h.answers(null, null);
            assertThat(answers).hasSizeGreaterThan(40);
            assertThat(answers.get(0).answeredOn()).isBefore(TODAY.minusMonths(4));
            assertThat(answers).anySatisfy(a -> assertThat(a.value()).isLessThanOrEqualTo(6)
                    .satisfies(v -> assertThat(a.scale()).isEqualTo(dev.rapport.model.SurveyScale.RECOMMEND_0_10)));
            assertThat(answers.stream().map(SurveyAnswer::method).distinct().count()).isGreaterThanOrEqualTo(3);
            assertThat(h.questions()).hasSize(2);
            assertThat(h.activeQuestion()).isPresent();

            List<ItemNeglect> neglect = h.neglect();
            assertThat(neglect.get(0).item().name()).isEqualTo("Comfort");
            assertThat(neglect.get(0).weak()).isGreaterThanOrEqualTo(neglect.get(0).clients() / 2);

            Client northwind = s.clients().byName(DemoHealth.TROUBLED);
            assertThat(h.alerts()).anySatisfy(a -> {
                assertThat(a.kind()).isEqualTo(HealthAlert.Kind.NPS_DROP);
                assertThat(a.clientId()).isEqualTo(northwind.id());
            });
            assertThat(h.figures(northwind.id(), Period.quarterOf(TODAY)).detractors()).isGreaterThanOrEqualTo(3);
            assertThat(h.reviews(northwind.id())).hasSizeGreaterThan(3);
        }
    }

    @Test
    void theSameSeedGivesTheSameHealth() {
        List<Integer> first;
        try (JournalSession s = JournalSession.open(dir.resolve("a.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            first = s.health().answers(null, null).stream().map(SurveyAnswer::value).toList();
        }
        try (JournalSession s = JournalSession.open(dir.resolve("b.rapport"), CLOCK)) {
            DemoJournal.fill(s);
            assertThat(s.health().answers(null, null).stream().map(SurveyAnswer::value).toList()).isEqualTo(first);
        }
    }
}
