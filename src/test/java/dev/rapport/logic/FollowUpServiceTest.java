package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.FollowUp;
import dev.rapport.model.Period;
import dev.rapport.model.Phrasing;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.TodayItem;
import dev.rapport.model.ValidationException;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Close the loop: which answers open a follow-up, how it is timed, and when the client counts as recovered. */
class FollowUpServiceTest {
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));

    @TempDir
    Path dir;
    JournalSession session;
    FollowUpService followUps;
    Client acme;
    Contact ann;
    Contact bob;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        followUps = session.followUps();
        acme = session.clients().save(Client.create("Acme"));
        ann = session.contacts().save(Contact.create(acme.id(), "Ann"));
        bob = session.contacts().save(Contact.create(acme.id(), "Bob"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    SurveyAnswer answer(Contact who, String on, int value) {
        return session.health().saveAnswer(new SurveyAnswer(0, null, "Would you recommend us?", acme.id(), who == null ? null : who.id(),
                null, LocalDate.parse(on), SurveyScale.RECOMMEND_0_10, value, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
    }

    @ParameterizedTest(name = "{0} then {1} opens a follow-up: {2}")
    @CsvSource({
            "-1, 6, DETRACTOR", "-1, 0, DETRACTOR", "-1, 7, none", "-1, 10, none",
            "9, 8, DROP", "10, 7, DROP", "8, 7, none", "7, 9, none", "9, 6, DETRACTOR", "4, 5, DETRACTOR"})
    void aDetractorOrACategoryDropOpensAFollowUp(int previous, int value, String reason) {
        if (previous >= 0) {
            answer(ann, "2026-06-01", previous);
        }
        SurveyAnswer now = answer(ann, "2026-11-23", value);
        List<FollowUp> opened = followUps.all().stream().filter(f -> f.answerId() == now.id()).toList();
        if (reason.equals("none")) {
            assertThat(opened).isEmpty();
        } else {
            assertThat(opened).singleElement().extracting(FollowUp::reason).isEqualTo(FollowUp.Reason.valueOf(reason));
        }
    }

    @Test
    void theFollowUpIsTimedInWorkingHoursFromTheStartOfTheAnswersDay() {
        answer(ann, "2026-11-23", 4); // Monday
        FollowUp f = followUps.all().get(0);
        assertThat(f.openedAt()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        // 24 working hours of 9 a day: Monday 9, Tuesday 9, Wednesday 6 → Wednesday 15:00.
        assertThat(f.acknowledgeBy()).isEqualTo(Instant.parse("2026-11-25T15:00:00Z"));
        // 48: Monday–Friday give 45, the weekend none, Monday 3 more → 12:00.
        assertThat(f.talkBy()).isEqualTo(Instant.parse("2026-11-30T12:00:00Z"));
    }

    @Test
    void roundTheClockClientsCountEveryHourAndTargetsAreSettable() {
        session.ledger().saveTargets(acme.id(), new ResponseTargets(2, 24, true));
        followUps.setTargets(12, 36);
        answer(ann, "2026-11-23", 4);
        FollowUp f = followUps.all().get(0);
        assertThat(f.acknowledgeBy()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(f.talkBy()).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
        assertThat(followUps.acknowledgeHours()).isEqualTo(12);
        assertThatThrownBy(() -> followUps.setTargets(24, 12)).isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("talkHours");
    }

    @Test
    void defaultsAre24And48HoursAndTheQuestionThrottleIs90Days() {
        assertThat(followUps.acknowledgeHours()).isEqualTo(24);
        assertThat(followUps.talkHours()).isEqualTo(48);
        assertThat(session.health().throttleDays()).isEqualTo(90);
    }

    @Test
    void todayShowsAcknowledgeThenTalkAndDropsTheFollowUpOnceTalked() {
        SurveyAnswer a = answer(ann, "2026-11-23", 4);
        TodayItem ack = followUpItem();
        assertThat(ack.kind()).isEqualTo(TodayItem.Kind.FOLLOW_UP_ACKNOWLEDGE);
        assertThat(ack.group()).isEqualTo(TodayItem.Group.TODAY);
        assertThat(ack.minutesLate()).isEqualTo(-300);
        assertThat(ack.title()).isEqualTo("Detractor: answered 4 of 10");
        assertThat(ack.detail()).isEqualTo("Acknowledge by today 15:00 · answered Nov 23, 2026");

        FollowUp before = followUps.acknowledge(a.id(), CLOCK.instant());
        TodayItem talk = followUpItem();
        assertThat(talk.kind()).isEqualTo(TodayItem.Kind.FOLLOW_UP_TALK);
        assertThat(talk.group()).isEqualTo(TodayItem.Group.THIS_WEEK);
        assertThat(talk.detail()).isEqualTo("Talk to the client by Nov 30, 2026  12:00 · answered Nov 23, 2026");

        followUps.talked(a.id(), CLOCK.instant());
        assertThat(session.todayList().today().items()).noneMatch(i -> i.kind().name().startsWith("FOLLOW_UP"));
        followUps.restore(before);
        assertThat(followUpItem().kind()).isEqualTo(TodayItem.Kind.FOLLOW_UP_ACKNOWLEDGE);
        assertThatThrownBy(() -> followUps.acknowledge(a.id(), Instant.parse("2026-11-22T10:00:00Z")))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aDropShowsBothAnswersOnToday() {
        answer(bob, "2026-11-02", 10);
        answer(bob, "2026-11-24", 8);
        TodayItem item = followUpItem();
        assertThat(item.title()).isEqualTo("Dropped to passive: 10 → 8");
        assertThat(item.group()).isEqualTo(TodayItem.Group.THIS_WEEK);
    }

    @Test
    void theNextAnswerACategoryHigherCountsAsRecovered() {
        answer(ann, "2026-01-10", 9);
        answer(ann, "2026-03-10", 7);  // drop: promoter → passive
        answer(ann, "2026-05-10", 9);  // recovered
        answer(bob, "2026-10-05", 3);  // detractor
        answer(bob, "2026-11-20", 5);  // still a detractor: the October one is not recovered; opens another
        answer(null, "2026-10-06", 2); // no contact: followed by the client's next answer without one
        answer(null, "2026-11-06", 8);

        List<FollowUp> all = followUps.all();
        assertThat(all).extracting(f -> f.answer().value()).containsExactly(7, 3, 2, 5);
        assertThat(all).extracting(FollowUp::recovered).containsExactly(true, false, true, false);
        assertThat(followUps.recovery(null, null)).isEqualTo(new FollowUpService.Recovery(2, 2));
        assertThat(followUps.recovery(acme.id(), new Period(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31"))))
                .isEqualTo(new FollowUpService.Recovery(1, 2));
        assertThat(followUps.recovery(null, null).text()).isEqualTo("recovered 2, not yet 2");
        // Today lists those neither recovered nor talked through.
        assertThat(session.todayList().today().items()).filteredOn(i -> i.kind().name().startsWith("FOLLOW_UP"))
                .extracting(TodayItem::title).containsExactlyInAnyOrder("Detractor: answered 3 of 10", "Detractor: answered 5 of 10");
    }

    @Test
    void marginsOfErrorUseTheStandardFormulasFromFiveAnswers() {
        SatisfactionFigures ten = new SatisfactionFigures(10, 8, 10, 5, 3, 2, 30, 80.0);
        assertThat(Satisfaction.npsMargin(ten)).isCloseTo(48.4084290, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Satisfaction.shareMargin(ten)).isCloseTo(24.7922569, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(Satisfaction.npsText(ten)).isEqualTo("NPS 30 ±48 (n 10)");
        assertThat(Satisfaction.shareText(ten)).isEqualTo("80% ±25 satisfied (n 10)");
        SatisfactionFigures five = new SatisfactionFigures(5, 3, 5, 2, 2, 1, 20, 60.0);
        assertThat(Satisfaction.npsText(five)).isEqualTo("NPS 20 ±66 (n 5)");
        SatisfactionFigures four = new SatisfactionFigures(4, 3, 4, 2, 1, 1, 25, 75.0);
        assertThat(Satisfaction.npsMargin(four)).isNull();
        assertThat(Satisfaction.npsText(four)).isEqualTo("NPS 25 (n 4)");
        assertThat(Satisfaction.shareText(SatisfactionFigures.NONE)).isEqualTo("— satisfied (n 0)");
        assertThat(Satisfaction.npsText(SatisfactionFigures.NONE)).isEqualTo("NPS — (n 0)");
    }

    private TodayItem followUpItem() {
        return session.todayList().today().items().stream().filter(i -> i.kind().name().startsWith("FOLLOW_UP")).findFirst()
                .orElseThrow();
    }
}
