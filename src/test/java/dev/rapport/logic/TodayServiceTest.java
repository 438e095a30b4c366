package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.Rhythm;
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

class TodayServiceTest {
    /** Wednesday 25 November 2026, 10:00 in Vilnius (08:00 UTC). */
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 25, 10, 0).atZone(VILNIUS).toInstant(), VILNIUS);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"), CLOCK);
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

    @Test
    void nothingWaitingIsAnEmptyDay() {
        client("Acme", Rhythm.DEFAULT, 1);
        TodayItem.Day day = session.todayList().today();
        assertThat(day.isEmpty()).isTrue();
        assertThat(day.dueCount()).isZero();
    }

    @Test
    void aOneAmRequestIsOverdueOnlyForTheRoundTheClockClient() {
        Client allHours = client("Baltic Freight Lines", Rhythm.DEFAULT, 1);
        Client office = client("Acme", Rhythm.DEFAULT, 1);
        session.ledger().saveTargets(allHours.id(), new ResponseTargets(1, 4, true));
        Request night = session.ledger().save(Request.create(allHours.id(), at("2026-11-25T01:00"), List.of("Planner down?")));
        Request officeNight = session.ledger().save(Request.create(office.id(), at("2026-11-25T01:00"), List.of("Report?")));
        List<TodayItem> items = session.todayList().today().items();
        assertThat(items).filteredOn(i -> i.itemId() == night.id()).singleElement().satisfies(i -> {
            assertThat(i.group()).isEqualTo(Group.OVERDUE);
            assertThat(i.kind()).isEqualTo(Kind.REQUEST_ACKNOWLEDGE);
            assertThat(i.minutesLate()).isEqualTo(8 * 60);   // due 02:00, now 10:00
        });
        // Office hours start at 09:00: one working hour has passed of two.
        assertThat(items).filteredOn(i -> i.itemId() == officeNight.id()).singleElement().satisfies(i -> {
            assertThat(i.group()).isEqualTo(Group.TODAY);
            assertThat(i.detail()).startsWith(I18n.t("today.detail.acknowledgeBy", I18n.t("today.detail.todayAt", "11:00")));
        });
    }

    @Test
    void itemsAreGroupedAndTheMostLateComeFirst() {
        Client acme = client("Acme", Rhythm.DEFAULT, 1);
        Promise late1 = session.ledger().save(Promise.create(acme.id(), "One day late", TODAY.minusDays(10), TODAY.minusDays(1)));
        Promise late5 = session.ledger().save(Promise.create(acme.id(), "Five days late", TODAY.minusDays(10), TODAY.minusDays(5)));
        Promise dueToday = session.ledger().save(Promise.create(acme.id(), "Due today", TODAY.minusDays(10), TODAY));
        Promise nextWeek = session.ledger().save(Promise.create(acme.id(), "In a week", TODAY, TODAY.plusDays(7)));
        session.ledger().save(Promise.create(acme.id(), "Far away", TODAY, TODAY.plusDays(8)));
        Promise unreported = session.ledger().save(Promise.create(acme.id(), "Kept", TODAY.minusDays(10), TODAY.minusDays(3))
                .withOutcome(PromiseOutcome.KEPT, TODAY.minusDays(3), Set.of(), ""));
        Problem pastTarget = session.ledger().save(new Problem(0, acme.id(), RaisedBy.CLIENT, TODAY.minusDays(9), "Invoices", "", "",
                null, TODAY.minusDays(2), "", ProblemStatus.IN_PROGRESS, null, null, "", ""));
        List<TodayItem> items = session.todayList().today().items();
        assertThat(items).extracting(TodayItem::kind, TodayItem::itemId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.PROMISE_DUE, late5.id()),
                org.assertj.core.groups.Tuple.tuple(Kind.PROBLEM_DUE, pastTarget.id()),
                org.assertj.core.groups.Tuple.tuple(Kind.PROMISE_DUE, late1.id()),
                org.assertj.core.groups.Tuple.tuple(Kind.PROMISE_UNREPORTED, unreported.id()),
                org.assertj.core.groups.Tuple.tuple(Kind.PROMISE_DUE, dueToday.id()),
                org.assertj.core.groups.Tuple.tuple(Kind.PROMISE_DUE, nextWeek.id()));
        assertThat(items.get(0).detail()).isEqualTo(I18n.plural("today.detail.dueLate", 5,
                dev.rapport.i18n.LocalFormats.date(LocalDate.of(2026, 11, 20), I18n.messages().locale())));
        assertThat(session.todayList().today().dueCount()).isEqualTo(5);
    }

    @Test
    void clientsPastTheirMaximumAreOverdueAndThosePastTheIdealAreLosingTouchMostDriftedFirst() {
        client("Red", new Rhythm(7, 14), 20);
        Client amber1 = client("Slightly amber", new Rhythm(10, 30), 12);
        Client amber2 = client("Very amber", new Rhythm(10, 30), 25);
        client("Green", new Rhythm(10, 30), 3);
        TodayItem.Day day = session.todayList().today();
        assertThat(day.items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(Kind.KEEP_IN_TOUCH);
            assertThat(i.clientName()).isEqualTo("Red");
            assertThat(i.group()).isEqualTo(Group.OVERDUE);
        });
        assertThat(day.losingTouch()).extracting(ClientOverview::client).extracting(Client::id)
                .containsExactly(amber2.id(), amber1.id());
    }
}
