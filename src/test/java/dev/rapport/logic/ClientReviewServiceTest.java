package dev.rapport.logic;

import dev.rapport.model.ClientAsk;
import dev.rapport.model.Period;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the consultant keeps for a client review, and what the review is made of. */
class ClientReviewServiceTest {
    private static final Period PERIOD = new Period(ReportFixture.FROM, ReportFixture.TO);

    @TempDir
    Path dir;
    ReportFixture f;
    ClientReviewService reviews;

    @BeforeEach
    void journal() {
        f = ReportFixture.create(dir.resolve("j.rapport"));
        reviews = f.session.clientReviews();
    }

    @AfterEach
    void close() {
        f.session.close();
    }

    @Test
    void aHeadlineIsKeptPerClientAndPeriodAndABlankOneRemovesIt() {
        reviews.saveHeadline(f.baltic.id(), PERIOD, "  Depots live in Kaunas  ");
        assertThat(reviews.headline(f.baltic.id(), PERIOD)).isEqualTo("Depots live in Kaunas");
        assertThat(reviews.headline(f.baltic.id(), PERIOD.previous())).isEmpty();
        assertThat(reviews.headline(f.other.id(), PERIOD)).isEmpty();
        reviews.saveHeadline(f.baltic.id(), PERIOD, "Second thoughts");
        assertThat(reviews.review(f.baltic.id(), PERIOD).headline()).isEqualTo("Second thoughts");
        reviews.saveHeadline(f.baltic.id(), PERIOD, " ");
        assertThat(reviews.headline(f.baltic.id(), PERIOD)).isEmpty();
    }

    @Test
    void asksAreListedOpenFirstByDueDateAndDoneOnesLeaveTheReviewAfterTheirPeriod() {
        ClientAsk later = reviews.saveAsk(ClientAsk.of(f.baltic.id(), "Sign the Vilnius order", LocalDate.of(2026, 12, 20)));
        ClientAsk sooner = reviews.saveAsk(ClientAsk.of(f.baltic.id(), "Name a depot lead", LocalDate.of(2026, 12, 1)));
        ClientAsk done = reviews.markDone(reviews.saveAsk(ClientAsk.of(f.baltic.id(), "Approve the budget", LocalDate.of(2026, 11, 1))).id(), true);
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(reviews.asks(f.baltic.id())).extracting(ClientAsk::what)
                .containsExactly("Name a depot lead", "Sign the Vilnius order", "Approve the budget");
        assertThat(reviews.review(f.baltic.id(), PERIOD).asks()).extracting(ClientAsk::id).containsExactly(sooner.id(), later.id(), done.id());
        assertThat(reviews.review(f.baltic.id(), PERIOD.next()).asks()).extracting(ClientAsk::id).containsExactly(sooner.id(), later.id());
        reviews.saveAsk(later.withWhat("Sign the Vilnius and Riga orders", LocalDate.of(2027, 1, 10)));
        assertThat(reviews.ask(later.id()).what()).isEqualTo("Sign the Vilnius and Riga orders");
        reviews.deleteAsk(sooner.id());
        assertThat(reviews.asks(f.baltic.id())).hasSize(2);
        assertThat(reviews.asks(f.other.id())).isEmpty();
    }

    @Test
    void anAskNeedsItsTextAndADueDate() {
        assertThatThrownBy(() -> ClientAsk.of(f.baltic.id(), "  ", LocalDate.of(2026, 12, 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("what"));
        assertThatThrownBy(() -> ClientAsk.of(f.baltic.id(), "Sign", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("due"));
    }

    @Test
    void theReviewsFiguresAreTheLedgersAndTheTrendEndsWithThePeriod() {
        ClientReview r = reviews.review(f.baltic.id(), PERIOD);
        assertThat(r.trend()).hasSize(ClientReviewService.EARLIER + 1);
        assertThat(r.current().period()).isEqualTo(PERIOD);
        assertThat(r.trend().get(2).period()).isEqualTo(PERIOD.previous());
        assertThat(r.current().ledger()).isEqualTo(f.session.ledger().figures(f.baltic.id(), PERIOD.from(), PERIOD.to()));
        assertThat(r.current().satisfaction()).isEqualTo(f.session.health().figures(f.baltic.id(), PERIOD));
        assertThat(r.months()).extracting(m -> m.month().from()).containsExactly(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 1));
        assertThat(r.next()).isEqualTo(new Period(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)));
        assertThat(r.loop().unhappy()).isEqualTo(1);
        assertThat(r.risks()).allSatisfy(risk -> assertThat(risk.description()).doesNotContain("Zz"));
    }
}
