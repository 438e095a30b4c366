package dev.rapport.logic;

import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.PromiseResult;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.Severity;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WorkingHours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerFiguresTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final LocalDate MADE = LocalDate.of(2026, 10, 1);

    private static Promise open(LocalDate due) {
        return Promise.create(1, "Send the plan", MADE, due);
    }

    private static Promise kept(LocalDate due, LocalDate on, Dimension... exceeded) {
        return open(due).withOutcome(PromiseOutcome.KEPT, on, Set.of(exceeded), "");
    }

    @Test
    void noPromisesGiveNoFiguresNotZero() {
        LedgerFigures.Promises f = Ledger.promises(List.of(), null, null, TODAY);
        assertThat(f.decided()).isZero();
        assertThat(f.keptPercent()).isNull();
        assertThat(f.onTimePercent()).isNull();
        assertThat(f.exceededPercent()).isNull();
        assertThat(f.reportedPercent()).isNull();
        assertThat(f.exceededByDimension().get(Dimension.QUALITY)).isNull();
        assertThat(f.overdue()).isZero();
    }

    @Test
    void cancelledAndOpenPromisesAreNotDecided() {
        Promise cancelled = open(TODAY).withOutcome(PromiseOutcome.CANCELLED, null, Set.of(), "");
        LedgerFigures.Promises f = Ledger.promises(List.of(cancelled, cancelled, open(TODAY.plusDays(3))), null, null, TODAY);
        assertThat(f.decided()).isZero();
        assertThat(f.keptPercent()).isNull();
        assertThat(f.open()).isEqualTo(1);
    }

    @Test
    void keptOnTimeExceededReportedAndOverdueAreCountedExactly() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        List<Promise> all = List.of(
                kept(due, due),                                              // on time: the due day counts
                kept(due, due.plusDays(1)),                                  // late
                kept(due, due.minusDays(2), Dimension.QUALITY).withReport(due, "Tested on real data"),
                kept(due, due.plusDays(3), Dimension.TIME, Dimension.DESIGN),
                open(due).withOutcome(PromiseOutcome.BROKEN, due.plusDays(1), Set.of(), ""),
                open(TODAY.minusDays(1)),                                    // overdue
                open(TODAY),                                                 // due today: not overdue
                open(due).withOutcome(PromiseOutcome.CANCELLED, null, Set.of(), ""));
        LedgerFigures.Promises f = Ledger.promises(all, null, null, TODAY);
        assertThat(f.decided()).isEqualTo(5);
        assertThat(f.kept()).isEqualTo(4);
        assertThat(f.keptPercent()).isEqualTo(80.0);
        assertThat(f.onTimePercent()).isEqualTo(40.0);
        assertThat(f.exceededPercent()).isEqualTo(40.0);
        assertThat(f.exceededByDimension()).containsEntry(Dimension.QUALITY, 20.0).containsEntry(Dimension.TIME, 20.0)
                .containsEntry(Dimension.DESIGN, 20.0).containsEntry(Dimension.OTHER, 0.0);
        assertThat(f.reportedPercent()).isEqualTo(25.0);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(FigureText.percent(f.keptPercent())).isEqualTo("80%");
    }

    @Test
    void aPeriodTakesPromisesByTheDayTheyWereDecided() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        List<Promise> all = List.of(kept(due, LocalDate.of(2026, 10, 31)), kept(due, LocalDate.of(2026, 11, 1)),
                kept(due, LocalDate.of(2026, 11, 30)), kept(due, LocalDate.of(2026, 12, 1)));
        LedgerFigures.Promises f = Ledger.promises(all, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), TODAY);
        assertThat(f.decided()).isEqualTo(2);
        assertThat(f.onTimePercent()).isEqualTo(50.0);
    }

    @Test
    void aRenegotiatedPromiseIsJudgedAgainstItsLatestDueDateAndKeepsItsHistory() {
        Promise p = open(LocalDate.of(2026, 11, 10)).renegotiated(LocalDate.of(2026, 11, 8), LocalDate.of(2026, 11, 20), "Data late");
        assertThat(p.result()).isEqualTo(PromiseResult.RENEGOTIATED);
        assertThat(p.history()).hasSize(1);
        Promise done = p.withOutcome(PromiseOutcome.KEPT, LocalDate.of(2026, 11, 18), Set.of(), "");
        assertThat(done.result()).isEqualTo(PromiseResult.KEPT_ON_TIME);
        assertThat(Ledger.promises(List.of(done), null, null, TODAY).onTimePercent()).isEqualTo(100.0);
    }

    @Test
    void oneOfThreeShowsOneDecimalOnlyNearTheEnds() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        List<Promise> all = List.of(kept(due, due), kept(due, due.plusDays(1)), kept(due, due.plusDays(1)));
        assertThat(FigureText.percent(Ledger.promises(all, null, null, TODAY).onTimePercent())).isEqualTo("33%");
    }

    private static Problem problem(LocalDate raised, LocalDate target, LocalDate resolved, LocalDate reported) {
        Problem p = new Problem(0, 1, RaisedBy.CLIENT, raised, "Invoices wrong", "", "", Severity.HIGH, target, "",
                ProblemStatus.OPEN, null, null, "", "");
        return resolved == null ? p : p.withStatus(ProblemStatus.RESOLVED, resolved).withReport(reported, "");
    }

    @Test
    void problemFiguresWithAnEvenCountTakeTheMeanOfTheMiddleTwo() {
        LocalDate d = LocalDate.of(2026, 11, 1);
        List<Problem> all = List.of(
                problem(d, d.plusDays(5), d.plusDays(2), d.plusDays(2)),   // 2 days, on target, reported
                problem(d, d.plusDays(5), d.plusDays(5), null),            // 5 days, on target (the day counts)
                problem(d, d.plusDays(5), d.plusDays(9), d.plusDays(10)),  // 9 days, late, reported
                problem(d, null, d.plusDays(4), null),                     // 4 days, no target
                problem(d, d.plusDays(30), null, null),                    // open
                problem(d, null, null, null).withStatus(ProblemStatus.UNRECOVERABLE, d.plusDays(3)));
        LedgerFigures.Problems f = Ledger.problems(all, null, null);
        assertThat(f.open()).isEqualTo(1);
        assertThat(f.resolved()).isEqualTo(4);
        assertThat(f.onTargetPercent()).isEqualTo(200.0 / 3);
        assertThat(FigureText.percent(f.onTargetPercent())).isEqualTo("67%");
        assertThat(f.medianDaysToResolve()).isEqualTo(4.5);
        assertThat(f.resolutionReportedPercent()).isEqualTo(50.0);
    }

    @Test
    void noProblemsGiveNoFigures() {
        LedgerFigures.Problems f = Ledger.problems(List.of(), null, null);
        assertThat(f.onTargetPercent()).isNull();
        assertThat(f.medianDaysToResolve()).isNull();
        assertThat(f.resolutionReportedPercent()).isNull();
    }

    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");
    private static final WorkingHours HOURS = WorkingHours.defaults(VILNIUS);

    private static Instant at(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), VILNIUS).toInstant();
    }

    @Test
    void aRequestAcknowledgedBeforeItWasReceivedIsRefusedAtTheField() {
        Request r = Request.create(1, at("2026-11-24T10:00"), List.of("When?"));
        assertThatThrownBy(() -> r.acknowledged(at("2026-11-24T09:59")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("acknowledgedAt"));
        assertThatThrownBy(() -> r.answered(at("2026-11-23T12:00"), List.of("Now"), true))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("answeredAt"));
    }

    @Test
    void requestHoursCountWorkingTimeAndAnAnswerIsAlsoAnAcknowledgement() {
        // Friday 17:00 → Monday 10:30: 1 h on Friday + 1.5 h on Monday.
        Request friday = Request.create(1, at("2026-11-20T17:00"), List.of("Q?")).acknowledged(at("2026-11-23T10:30"));
        // Answered at 11:00 without a separate acknowledgement: acknowledged at 11:00 too, 2 h.
        Request tuesday = Request.create(1, at("2026-11-24T09:00"), List.of("Q?")).answered(at("2026-11-24T11:00"), List.of("A"), true);
        // Received at night on round-the-clock terms: all hours count; 23:00 → 00:30 is 1.5 h.
        Request night = Request.create(2, at("2026-11-24T23:00"), List.of("Q?")).acknowledged(at("2026-11-25T00:30"));
        List<Request> all = List.of(friday, tuesday, night);
        LedgerFigures.Requests f = Ledger.requests(all,
                id -> id == 2 ? new ResponseTargets(1, 4, true) : ResponseTargets.DEFAULT, HOURS, null, null);
        assertThat(f.requests()).isEqualTo(3);
        assertThat(f.medianHoursToAcknowledge()).isEqualTo(2.0);          // 2.5, 2.0, 1.5
        assertThat(f.acknowledgedWithinTargetPercent()).isEqualTo(100.0 / 3); // only tuesday's 2.0 ≤ 2
        assertThat(f.medianHoursToAnswer()).isEqualTo(2.0);
        assertThat(f.answeredWithinTargetPercent()).isEqualTo(100.0);
        assertThat(f.unanswered()).isEqualTo(2);
        assertThat(Figures.round(f.medianHoursToAcknowledge(), 1)).isEqualTo(2.0);
    }

    @Test
    void noRequestsGiveNoFigures() {
        LedgerFigures.Requests f = Ledger.requests(List.of(), id -> ResponseTargets.DEFAULT, HOURS, null, null);
        assertThat(f.medianHoursToAcknowledge()).isNull();
        assertThat(f.acknowledgedWithinTargetPercent()).isNull();
    }

    @Test
    void outcomesReadFromDatesAndDimensions() {
        LocalDate due = LocalDate.of(2026, 11, 20);
        assertThat(kept(due, due).result()).isEqualTo(PromiseResult.KEPT_ON_TIME);
        assertThat(kept(due, due.plusDays(1)).result()).isEqualTo(PromiseResult.KEPT_LATE);
        assertThat(kept(due, due.plusDays(1), Dimension.QUALITY).result()).isEqualTo(PromiseResult.EXCEEDED);
        assertThatThrownBy(() -> kept(due, due, Dimension.OTHER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("otherDimension"));
        assertThatThrownBy(() -> Promise.create(1, "x", due, due.minusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("due"));
    }
}
