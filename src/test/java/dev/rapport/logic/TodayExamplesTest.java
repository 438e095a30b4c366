package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.Rhythm;
import dev.rapport.model.Severity;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;
import dev.rapport.model.TodayItem.Kind;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Today's rules worked by hand, one kind of item at a time (TodayServiceTest has the ordering,
 * round-the-clock requests and keep-in-touch). Wednesday 25 November 2026, 10:00 in Vilnius;
 * working hours Monday–Friday 09:00–18:00 there. Texts are matched by their message keys.
 */
class TodayExamplesTest {
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).atZone(VILNIUS).toInstant(), VILNIUS);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
        acme = client("Acme", Rhythm.DEFAULT, 1);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Client client(String name, Rhythm rhythm, int daysSinceContact) {
        Client c = session.clients().save(new Client(0, name, ClientStatus.ACTIVE, false, "", "", rhythm));
        session.interactions().save(new Interaction(0, c.id(), TODAY.minusDays(daysSinceContact).atTime(9, 0), Channel.CALL,
                "Call", "", "", List.of(), null, List.of()));
        return c;
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(VILNIUS).toInstant();
    }

    private static String day(LocalDate d) {
        return I18n.date(d);
    }

    private List<TodayItem> items(Kind kind) {
        return session.todayList().today().items().stream().filter(i -> i.kind() == kind).toList();
    }

    private Problem problem(String what, Severity severity, LocalDate target) {
        return session.ledger().save(new Problem(0, acme.id(), RaisedBy.CLIENT, TODAY.minusDays(20), what, "", "", severity, target, "",
                ProblemStatus.IN_PROGRESS, null, null, "", ""));
    }

    @Test
    void pausedFormerAndArchivedClientsAreNotChasedForContact() {
        Client watched = client("Watched", new Rhythm(7, 14), 20);
        Client paused = client("Paused", new Rhythm(7, 14), 40);
        session.clients().save(new Client(paused.id(), "Paused", ClientStatus.PAUSED, false, "", "", new Rhythm(7, 14)));
        Client former = client("Former", new Rhythm(7, 14), 40);
        session.clients().save(new Client(former.id(), "Former", ClientStatus.FORMER, false, "", "", new Rhythm(7, 14)));
        Client archived = client("Archived", new Rhythm(7, 14), 40);
        session.clients().save(session.clients().get(archived.id()).withArchived(true));
        Client archivedAmber = client("Archived amber", new Rhythm(7, 14), 10);
        session.clients().save(session.clients().get(archivedAmber.id()).withArchived(true));

        TodayItem.Day day = session.todayList().today();
        // 20 days since contact, at most 14: red, 6 days past the maximum.
        assertThat(day.items()).extracting(TodayItem::kind, TodayItem::clientId, TodayItem::group, TodayItem::minutesLate)
                .containsExactly(tuple(Kind.KEEP_IN_TOUCH, watched.id(), Group.OVERDUE, 6L * 1440));
        assertThat(day.items().get(0).title()).isEqualTo(I18n.plural("today.title.noContact", 20));
        assertThat(day.items().get(0).detail()).isEqualTo(I18n.t("today.detail.rhythm", 7, 14));
        assertThat(day.losingTouch()).isEmpty();
    }

    @Test
    void problemsAreDueFromAWeekBeforeTheirTargetAndResolutionsWaitToBeReported() {
        Problem pastTarget = problem("Invoices wrong", Severity.HIGH, TODAY.minusDays(2));
        Problem atTarget = problem("Portal slow", Severity.LOW, TODAY);
        Problem inAWeek = problem("Report layout", Severity.MEDIUM, TODAY.plusDays(7));
        problem("Next month's audit", Severity.MEDIUM, TODAY.plusDays(8));
        problem("No target yet", Severity.MEDIUM, null);
        Problem resolved = session.ledger().resolve(problem("Login loop", Severity.LOW, TODAY.minusDays(5)).id(), TODAY.minusDays(1));
        Problem reported = session.ledger().resolve(problem("Old", Severity.LOW, TODAY.minusDays(5)).id(), TODAY.minusDays(2));
        session.ledger().reportResolution(reported.id(), TODAY.minusDays(1), "A new export");

        List<TodayItem> items = session.todayList().today().items();
        assertThat(items).extracting(TodayItem::kind, TodayItem::itemId, TodayItem::group).containsExactly(
                tuple(Kind.PROBLEM_DUE, pastTarget.id(), Group.OVERDUE),
                tuple(Kind.RESOLUTION_UNREPORTED, resolved.id(), Group.TODAY),   // resolved a day ago: the later one first
                tuple(Kind.PROBLEM_DUE, atTarget.id(), Group.TODAY),
                tuple(Kind.PROBLEM_DUE, inAWeek.id(), Group.THIS_WEEK));
        assertThat(items.get(0).detail()).isEqualTo(Severity.HIGH.label() + " · "
                + I18n.plural("today.detail.targetPast", 2, day(TODAY.minusDays(2))));
        assertThat(items.get(1).detail()).isEqualTo(I18n.t("today.detail.resolved", day(TODAY.minusDays(1))));
        assertThat(items.get(2).detail()).isEqualTo(Severity.LOW.label() + " · " + I18n.t("today.detail.targetToday", day(TODAY)));
        assertThat(items.get(3).detail()).isEqualTo(Severity.MEDIUM.label() + " · " + I18n.t("today.detail.target", day(TODAY.plusDays(7))));
    }

    @Test
    void cancelledAndReportedPromisesAreDoneWithButAKeptOneWaitsToBeReported() {
        Promise kept = session.ledger().save(Promise.create(acme.id(), "Send the plan", TODAY.minusDays(9), TODAY.minusDays(2))
                .withOutcome(PromiseOutcome.KEPT, TODAY.minusDays(2), Set.of(), ""));
        Promise told = session.ledger().save(Promise.create(acme.id(), "Call the depot", TODAY.minusDays(9), TODAY.minusDays(3))
                .withOutcome(PromiseOutcome.KEPT, TODAY.minusDays(3), Set.of(), ""));
        session.ledger().reportAchievement(told.id(), TODAY.minusDays(1), "Done");
        session.ledger().save(Promise.create(acme.id(), "Dropped idea", TODAY.minusDays(9), TODAY.minusDays(1))
                .withOutcome(PromiseOutcome.CANCELLED, TODAY.minusDays(1), Set.of(), ""));
        Promise tomorrow = session.ledger().save(Promise.create(acme.id(), "Draft the survey", TODAY, TODAY.plusDays(1)));

        List<TodayItem> items = session.todayList().today().items();
        assertThat(items).extracting(TodayItem::kind, TodayItem::itemId, TodayItem::group).containsExactly(
                tuple(Kind.PROMISE_UNREPORTED, kept.id(), Group.TODAY),
                tuple(Kind.PROMISE_DUE, tomorrow.id(), Group.THIS_WEEK));
        assertThat(items.get(0).detail()).isEqualTo(I18n.t("today.detail.kept", day(TODAY.minusDays(2))));
        assertThat(items.get(1).detail()).isEqualTo(I18n.plural("today.detail.dueIn", 1, day(TODAY.plusDays(1))));
    }

    @Test
    void anAcknowledgedRequestWaitsForItsAnswerCountedInWorkingHours() {
        Request acknowledged = session.ledger().save(Request.create(acme.id(), at("2026-11-23T16:00"), List.of("Can the pilot start?")));
        session.ledger().acknowledge(acknowledged.id(), at("2026-11-23T17:00"));
        session.ledger().save(new Request(0, acme.id(), null, at("2026-11-24T09:30"), Channel.EMAIL, "Answered", List.of("Price?"),
                at("2026-11-24T09:40"), at("2026-11-24T11:00"), List.of("As quoted"), false));

        // Answer within 24 working hours of Monday 16:00: Monday 2, Tuesday 9, Wednesday 9, Thursday 4 → Thursday 13:00.
        assertThat(items(Kind.REQUEST_ACKNOWLEDGE)).isEmpty();
        assertThat(items(Kind.REQUEST_ANSWER)).singleElement().satisfies(i -> {
            assertThat(i.itemId()).isEqualTo(acknowledged.id());
            assertThat(i.group()).isEqualTo(Group.THIS_WEEK);
            assertThat(i.minutesLate()).isEqualTo(-27L * 60);
            assertThat(i.detail()).isEqualTo(I18n.t("today.detail.answerBy",
                    LocalFormats.dateTime(LocalDateTime.of(2026, 11, 26, 13, 0), I18n.messages().locale())));
        });
    }

    @Test
    void aDetractorIsAcknowledgedThenTalkedToAndADropToPassiveIsFollowedToo() {
        Contact ann = session.contacts().save(Contact.create(acme.id(), "Ann"));
        Contact bob = session.contacts().save(Contact.create(acme.id(), "Bob"));
        SurveyAnswer detractor = answer(ann, TODAY.minusDays(2), 4);
        answer(bob, TODAY.minusMonths(5), 9);
        SurveyAnswer dropped = answer(bob, TODAY.minusDays(2), 7);

        // Opened Monday 00:00: acknowledge within 24 working hours → Wednesday 15:00, today.
        String acknowledgeBy = I18n.t("today.detail.acknowledgeBy", I18n.t("today.detail.todayAt", "15:00")) + " · "
                + I18n.t("today.detail.answered", day(TODAY.minusDays(2)));
        assertThat(items(Kind.FOLLOW_UP_ACKNOWLEDGE)).extracting(TodayItem::itemId, TodayItem::group, TodayItem::title, TodayItem::detail)
                .containsExactlyInAnyOrder(
                        tuple(detractor.id(), Group.TODAY, I18n.t("today.title.detractor", "4"), acknowledgeBy),
                        tuple(dropped.id(), Group.TODAY, I18n.t("today.title.dropped.passive", "9", "7"), acknowledgeBy));

        session.followUps().acknowledge(detractor.id(), at("2026-11-25T09:30"));
        // Talk within 48 working hours: Monday–Friday 45, Monday 3 more → Monday 30 November 12:00.
        assertThat(items(Kind.FOLLOW_UP_TALK)).singleElement().satisfies(i -> {
            assertThat(i.itemId()).isEqualTo(detractor.id());
            assertThat(i.group()).isEqualTo(Group.THIS_WEEK);
            assertThat(i.detail()).startsWith(I18n.t("today.detail.talkBy",
                    LocalFormats.dateTime(LocalDateTime.of(2026, 11, 30, 12, 0), I18n.messages().locale())));
        });
        assertThat(items(Kind.FOLLOW_UP_ACKNOWLEDGE)).extracting(TodayItem::itemId).containsExactly(dropped.id());
    }

    @Test
    void datesThatMatterShowInTheSevenDaysFromToday() {
        Contact ann = session.contacts().save(Contact.create(acme.id(), "Ann"));
        DatedEvent birthday = session.dates().save(new DatedEvent(0, acme.id(), ann.id(), DatedEvent.Kind.BIRTHDAY,
                LocalDate.of(1990, 11, 28), "", ""));
        DatedEvent renewal = session.dates().save(new DatedEvent(0, acme.id(), null, DatedEvent.Kind.RENEWAL, TODAY, "", ""));
        // A renewal is one date, not yearly: last year's has passed. Seven days on is past the window (today + 0…6).
        session.dates().save(new DatedEvent(0, acme.id(), null, DatedEvent.Kind.RENEWAL, TODAY.minusYears(1), "", ""));
        session.dates().save(new DatedEvent(0, acme.id(), null, DatedEvent.Kind.RENEWAL, TODAY.plusDays(7), "", ""));

        assertThat(items(Kind.DATE_COMING)).extracting(TodayItem::itemId, TodayItem::group, TodayItem::detail).containsExactly(
                tuple(renewal.id(), Group.TODAY, I18n.t("today.detail.dateToday")),
                tuple(birthday.id(), Group.THIS_WEEK, I18n.plural("today.detail.dateOn", 3, day(LocalDate.of(2026, 11, 28)))));
    }

    private SurveyAnswer answer(Contact who, LocalDate on, int value) {
        return session.health().saveAnswer(new SurveyAnswer(0, null, "Would you recommend us?", acme.id(), who.id(), null, on,
                SurveyScale.RECOMMEND_0_10, value, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
    }
}
