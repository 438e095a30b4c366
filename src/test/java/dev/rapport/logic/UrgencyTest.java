package dev.rapport.logic;

import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger lists open with what needs attention first. */
class UrgencyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Promise promise(long id, String what, LocalDate due) {
        return new Promise(id, 1, null, null, what, TODAY.minusDays(60), due, null, PromiseOutcome.OPEN, null, Set.of(), "", null,
                "", List.of());
    }

    @Test
    void overduePromisesComeFirstLongestOverdueFirstThenOpenBySoonestThenSettledLatestFirst() {
        Promise keptLongAgo = promise(1, "kept long ago", TODAY.minusDays(40)).withOutcome(PromiseOutcome.KEPT, TODAY.minusDays(30), Set.of(), "");
        Promise keptYesterday = promise(2, "kept yesterday", TODAY.minusDays(2)).withOutcome(PromiseOutcome.KEPT, TODAY.minusDays(1), Set.of(), "");
        Promise nextWeek = promise(3, "next week", TODAY.plusDays(7));
        Promise tomorrow = promise(4, "tomorrow", TODAY.plusDays(1));
        Promise lateByTwo = promise(5, "late by two", TODAY.minusDays(2));
        Promise lateByTen = promise(6, "late by ten", TODAY.minusDays(10));

        List<Promise> sorted = Urgency.sorted(List.of(keptLongAgo, keptYesterday, nextWeek, tomorrow, lateByTwo, lateByTen),
                p -> Urgency.of(p, TODAY));

        assertThat(sorted).extracting(Promise::what)
                .containsExactly("late by ten", "late by two", "tomorrow", "next week", "kept yesterday", "kept long ago");
        assertThat(Urgency.of(lateByTwo, TODAY).overdue()).isTrue();
        assertThat(Urgency.of(tomorrow, TODAY).overdue()).isFalse();
    }

    private static Problem problem(String description, LocalDate target) {
        Problem p = Problem.create(1, RaisedBy.CLIENT, TODAY.minusDays(9), description);
        return new Problem(0, 1, p.raisedBy(), p.raisedOn(), description, "", "", p.severity(), target, "", p.status(), null, null, "", "");
    }

    @Test
    void problemsPastTheirTargetComeFirstAndThoseWithoutATargetAfterTheDatedOnes() {
        Problem noTarget = problem("no target", null);
        Problem past = problem("past target", TODAY.minusDays(1));
        Problem soon = problem("target soon", TODAY.plusDays(3));

        List<Problem> sorted = Urgency.sorted(List.of(noTarget, soon, past), p -> Urgency.of(p, TODAY));

        assertThat(sorted).extracting(Problem::description).containsExactly("past target", "target soon", "no target");
    }
}
