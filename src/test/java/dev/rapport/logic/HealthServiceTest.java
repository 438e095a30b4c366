package dev.rapport.logic;

import dev.rapport.model.AttributeState;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.ItemNeglect;
import dev.rapport.model.Period;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HealthServiceTest {
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    JournalSession session;
    HealthService health;
    Client acme;
    Contact ann;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        health = session.health();
        acme = session.clients().save(Client.create("Acme"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    ChecklistItem item(String name) {
        return health.checklist().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    Review review(Client client, LocalDate on, Object... itemAndRating) {
        List<ReviewAnswer> answers = new ArrayList<>();
        for (int k = 0; k < itemAndRating.length; k += 2) {
            ChecklistItem i = item((String) itemAndRating[k]);
            answers.add(new ReviewAnswer(i.id(), i.name(), i.prompt(), (Rating) itemAndRating[k + 1], ""));
        }
        return health.saveReview(new Review(0, client.id(), null, on, answers));
    }

    SurveyAnswer answer(Client client, Long contactId, LocalDate on, int value) {
        return health.saveAnswer(new SurveyAnswer(0, null, "Would you recommend us?", client.id(), contactId, null, on,
                SurveyScale.RECOMMEND_0_10, value, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
    }

    @Test
    void theDefaultChecklistHasTheElevenAttributesAndFourGoalsWithMeaningsAndPrompts() {
        List<ChecklistItem> items = health.checklist();
        assertThat(items).extracting(ChecklistItem::name).containsExactly("Attention", "Acceptance", "Appreciation",
                "Affirmation", "Affection", "Comfort", "Encouragement", "Respect", "Safety", "Support", "Understanding",
                "Reliability", "Ease", "Friendliness", "Results");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.meaning()).isNotBlank();
            assertThat(i.prompt()).endsWith("?");
            assertThat(i.active()).isTrue();
        });
        assertThat(item("Comfort").prompt()).isEqualTo("Does the client know the current status? Any surprise coming?");
    }

    @Test
    void aRewordedPromptLeavesStoredAnswersWithTheWordingThatWasAnswered() {
        review(acme, TODAY.minusDays(10), "Comfort", Rating.MET);
        health.saveChecklist(List.of(item("Comfort").withPrompt("Did I send this week's status note?")));
        review(acme, TODAY, "Comfort", Rating.PARTLY);
        List<Review> reviews = health.reviews(acme.id());
        assertThat(reviews).hasSize(2);
        assertThat(reviews.get(0).answers().get(0).prompt()).isEqualTo("Does the client know the current status? Any surprise coming?");
        assertThat(reviews.get(1).answers().get(0).prompt()).isEqualTo("Did I send this week's status note?");
    }

    @Test
    void switchedOffItemsLeaveTheReviewAndOwnItemsJoinAtTheEnd() {
        health.saveChecklist(List.of(item("Safety").withActive(false), ChecklistItem.own("Invoices", "Was the invoice clear?")));
        List<ChecklistItem> active = health.activeChecklist();
        assertThat(active).hasSize(15).extracting(ChecklistItem::name).doesNotContain("Safety").endsWith("Invoices");
        assertThat(health.checklist()).hasSize(16);
        assertThatThrownBy(() -> ChecklistItem.own("No prompt", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("prompt"));
    }

    @Test
    void attributeStatesShowTheWeakestFirstWithTrendAndNeverReviewedLast() {
        review(acme, TODAY.minusDays(60), "Comfort", Rating.MET, "Safety", Rating.PARTLY, "Respect", Rating.MET);
        review(acme, TODAY.minusDays(30), "Comfort", Rating.PARTLY, "Safety", Rating.NOT_MET, "Respect", Rating.NOT_APPLICABLE);
        review(acme, TODAY, "Comfort", Rating.NOT_MET, "Safety", Rating.NOT_MET);
        List<AttributeState> states = health.attributeStates(acme.id());
        assertThat(states).hasSize(15);
        AttributeState safety = states.get(0);
        assertThat(safety.item().name()).isEqualTo("Safety");
        assertThat(safety.score()).isEqualTo(1.0 / 3);
        assertThat(safety.trend()).containsExactly(Rating.PARTLY, Rating.NOT_MET, Rating.NOT_MET);
        AttributeState comfort = states.get(1);
        assertThat(comfort.item().name()).isEqualTo("Comfort");
        assertThat(comfort.score()).isEqualTo(1.0);
        assertThat(comfort.latest()).isEqualTo(Rating.NOT_MET);
        assertThat(comfort.latestOn()).isEqualTo(TODAY);
        assertThat(comfort.direction()).isEqualTo(-1);
        assertThat(states.get(2).item().name()).isEqualTo("Respect");
        assertThat(states.get(2).latest()).isEqualTo(Rating.NOT_APPLICABLE);
        assertThat(states.get(2).score()).isEqualTo(2.0);
        assertThat(states.subList(3, 15)).allSatisfy(s -> assertThat(s.neverReviewed()).isTrue());
    }

    @Test
    void theTrendLooksAtTheLastFiveReviews() {
        Rating[] seq = {Rating.NOT_MET, Rating.NOT_MET, Rating.MET, Rating.MET, Rating.MET, Rating.MET, Rating.PARTLY};
        for (int k = 0; k < seq.length; k++) {
            review(acme, TODAY.minusDays(70 - 10L * k), "Attention", seq[k]);
        }
        AttributeState attention = health.attributeStates(acme.id()).stream()
                .filter(s -> s.item().name().equals("Attention")).findFirst().orElseThrow();
        assertThat(attention.trend()).containsExactly(Rating.MET, Rating.MET, Rating.MET, Rating.MET, Rating.PARTLY);
        assertThat(attention.score()).isEqualTo(1.8);
    }

    @Test
    void neglectCountsWeakAndNeverReviewedOverActiveClients() {
        Client beta = session.clients().save(Client.create("Beta"));
        review(acme, TODAY, "Safety", Rating.NOT_MET, "Comfort", Rating.MET);
        review(beta, TODAY, "Safety", Rating.PARTLY, "Comfort", Rating.MET, "Attention", Rating.MET);
        List<ItemNeglect> neglect = health.neglect();
        assertThat(neglect).hasSize(15);
        // Everything never reviewed by either client ties at 2 neglected; Safety is 2 weak and sorts first among them.
        assertThat(neglect.get(0).item().name()).isEqualTo("Safety");
        assertThat(neglect.get(0).weak()).isEqualTo(2);
        ItemNeglect comfort = neglect.stream().filter(n -> n.item().name().equals("Comfort")).findFirst().orElseThrow();
        assertThat(comfort.neglected()).isZero();
        assertThat(neglect.get(14).item().name()).isEqualTo("Comfort");
        assertThat(health.heatMap()).hasSize(2);
    }

    @Test
    void anAnswerFromAnotherClientsPersonIsRefusedAndNothingIsStored() {
        Client beta = session.clients().save(Client.create("Beta"));
        Contact stranger = session.contacts().save(Contact.create(beta.id(), "Stranger"));
        assertThatThrownBy(() -> answer(acme, stranger.id(), TODAY, 9))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("contact"));
        assertThatThrownBy(() -> health.saveAnswers(List.of(
                new SurveyAnswer(0, null, "Q?", acme.id(), null, null, TODAY, SurveyScale.YES_NO, 1, SurveyMethod.ORAL, null, ""),
                new SurveyAnswer(0, null, "Q?", acme.id(), stranger.id(), null, TODAY, SurveyScale.YES_NO, 1, SurveyMethod.ORAL, null, ""))))
                .isInstanceOf(ValidationException.class);
        assertThat(health.answers(null, null)).isEmpty();
    }

    @Test
    void aReviewTiedToAnotherClientsEntryIsRefused() {
        Client beta = session.clients().save(Client.create("Beta"));
        var entry = session.interactions().save(new dev.rapport.model.Interaction(0, beta.id(), TODAY.atTime(10, 0),
                dev.rapport.model.Channel.CALL, "Call", "", "", List.of(), null, List.of()));
        ChecklistItem ease = item("Ease");
        assertThatThrownBy(() -> health.saveReview(new Review(0, acme.id(), entry.id(), TODAY,
                List.of(new ReviewAnswer(ease.id(), ease.name(), ease.prompt(), Rating.MET, "")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("interaction"));
        assertThat(health.reviews(acme.id())).isEmpty();
    }

    @Test
    void deletingAClientTakesItsReviewsAndAnswersDeletingAPersonKeepsTheirAnswers() {
        answer(acme, ann.id(), TODAY, 9);
        review(acme, TODAY, "Ease", Rating.MET);
        session.contacts().delete(ann.id());
        assertThat(health.answers(acme.id(), null)).singleElement().satisfies(a -> assertThat(a.contactId()).isNull());
        session.clients().delete(acme.id());
        assertThat(health.answers(null, null)).isEmpty();
        assertThat(health.reviews(acme.id())).isEmpty();
    }

    @Test
    void aReviewNeedsAtLeastOneRating() {
        assertThatThrownBy(() -> new Review(0, acme.id(), null, TODAY, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("answers"));
    }

    @Test
    void theActiveQuestionIsTheLatestStartedThatCoversToday() {
        assertThat(health.activeQuestion()).isEmpty();
        health.saveQuestion(new SurveyQuestion(0, "Old", SurveyScale.YES_NO, Phrasing.POSITIVE, TODAY.minusDays(100), TODAY.minusDays(10)));
        SurveyQuestion current = health.saveQuestion(new SurveyQuestion(0, "How likely are you to recommend us?",
                SurveyScale.RECOMMEND_0_10, Phrasing.POSITIVE, TODAY.minusDays(5), TODAY.plusDays(30)));
        assertThat(health.activeQuestion()).contains(current);
        assertThat(health.questions()).hasSize(2);
        assertThatThrownBy(() -> new SurveyQuestion(0, "Q", SurveyScale.YES_NO, null, TODAY, TODAY.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("endsOn"));
    }

    @Test
    void theThrottleSkipsAContactAskedWithinNinetyDays() {
        assertThat(health.throttleDays()).isEqualTo(90);
        assertThat(health.askedRecently(ann.id(), TODAY)).isEmpty();
        answer(acme, ann.id(), TODAY.minusDays(89), 9);
        assertThat(health.askedRecently(ann.id(), TODAY)).contains(TODAY.minusDays(89));
        assertThat(health.askedRecently(ann.id(), TODAY.plusDays(1))).isEmpty();
        health.setThrottleDays(0);
        assertThat(health.askedRecently(ann.id(), TODAY)).isEmpty();
    }

    @Test
    void theNormIsSettableFromNinetyToNinetyNine() {
        assertThat(health.norm()).isEqualTo(95);
        health.setNorm(90);
        assertThat(health.norm()).isEqualTo(90);
        assertThatThrownBy(() -> health.setNorm(89)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("norm"));
        assertThatThrownBy(() -> health.setNorm(100)).isInstanceOf(ValidationException.class);
    }

    @Test
    void figuresPerClientAndOverallCountOnlyThePeriod() {
        Client beta = session.clients().save(Client.create("Beta"));
        answer(acme, ann.id(), LocalDate.of(2026, 9, 30), 0);
        answer(acme, ann.id(), LocalDate.of(2026, 10, 1), 10);
        answer(acme, null, LocalDate.of(2026, 11, 20), 6);
        answer(beta, null, LocalDate.of(2026, 11, 21), 9);
        Period q4 = Period.quarterOf(TODAY);
        assertThat(health.figures(acme.id(), q4).nps()).isZero();
        assertThat(health.figures(null, q4).nps()).isEqualTo(33);
        assertThat(health.figures(null, q4).answers()).isEqualTo(3);
        assertThat(health.figures(beta.id(), Period.monthOf(LocalDate.of(2026, 9, 1))).nps()).isNull();
        var trend = health.trend(acme.id(), false, 3);
        assertThat(trend).extracting(t -> t.period().from()).containsExactly(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 1));
        assertThat(trend).extracting(t -> t.figures().nps()).containsExactly(-100, 100, -100);
    }

    @Test
    void alertsFireForAClientsNpsDropAndForLowSatisfaction() {
        Client beta = session.clients().save(Client.create("Beta"));
        LocalDate q3 = LocalDate.of(2026, 8, 10);
        LocalDate q4 = LocalDate.of(2026, 11, 10);
        for (int v : new int[] {10, 10, 9}) {
            answer(acme, null, q3, v);
        }
        for (int v : new int[] {9, 8, 6}) {
            answer(acme, null, q4, v);
        }
        for (int v : new int[] {9, 9, 10, 10, 9}) {
            answer(beta, null, q4, v);
        }
        List<HealthAlert> alerts = health.alerts();
        // Acme: NPS 100 → 0. Overall Q4: 7 of 8 satisfied = 87.5% < 95%. Acme has only 3 answers: no share alert.
        assertThat(alerts).extracting(HealthAlert::kind, HealthAlert::clientId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(HealthAlert.Kind.LOW_SATISFACTION, null),
                org.assertj.core.groups.Tuple.tuple(HealthAlert.Kind.NPS_DROP, acme.id()));
        assertThat(alerts.get(1).message()).isEqualTo("Acme: NPS fell from 100 to 0 since the period before. Investigate.");
        assertThat(alerts.get(0).value()).isEqualTo(87.5);
        health.setNorm(90);
        answer(beta, null, q4, 10);
        answer(beta, null, q4, 10);
        // 9 of 10 = 90%, not below a norm of 90
        assertThat(health.alerts()).extracting(HealthAlert::kind).containsExactly(HealthAlert.Kind.NPS_DROP);
    }
}
