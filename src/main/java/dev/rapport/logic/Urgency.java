package dev.rapport.logic;

import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What needs attention first in the promises, problems and requests lists: the overdue items
 * (longest overdue first), then the open ones by when they are due (those without a date last),
 * then the settled ones, most recently settled first.
 */
public final class Urgency {
    private Urgency() {
    }

    /** Where an item stands: overdue, open, or settled, with the date that orders it among its kind. */
    public record Rank(State state, Instant when) {
        public boolean overdue() {
            return state == State.OVERDUE;
        }
    }

    public enum State { OVERDUE, OPEN, SETTLED }

    private static final Comparator<Rank> ORDER = Comparator.comparing(Rank::state)
            .thenComparing((a, b) -> {
                if (a.when() == null || b.when() == null) {
                    return a.when() == null ? (b.when() == null ? 0 : 1) : -1;
                }
                // settled: the latest first; otherwise the soonest (or longest overdue) first
                return a.state() == State.SETTLED ? b.when().compareTo(a.when()) : a.when().compareTo(b.when());
            });

    public static <T> List<T> sorted(List<T> items, Function<T, Rank> rank) {
        return items.stream().sorted(Comparator.comparing(rank, ORDER)).toList();
    }

    public static Rank of(Promise p, LocalDate today) {
        if (p.outcome() == PromiseOutcome.OPEN) {
            return new Rank(p.isOverdue(today) ? State.OVERDUE : State.OPEN, start(p.due()));
        }
        return new Rank(State.SETTLED, start(p.decidedOn() != null ? p.decidedOn() : p.due()));
    }

    public static Rank of(Problem p, LocalDate today) {
        if (p.isOpen()) {
            return new Rank(p.isPastTarget(today) ? State.OVERDUE : State.OPEN, start(p.target()));
        }
        return new Rank(State.SETTLED, start(p.resolvedOn() != null ? p.resolvedOn() : p.raisedOn()));
    }

    /** A request is overdue once its acknowledgement or its answer is later than its client's targets allow. */
    public static Rank of(Request r, Instant acknowledgeBy, Instant answerBy, Instant now) {
        if (r.answeredAt() != null) {
            return new Rank(State.SETTLED, r.answeredAt());
        }
        Instant next = r.acknowledgedAt() == null && acknowledgeBy != null && (answerBy == null || acknowledgeBy.isBefore(answerBy))
                ? acknowledgeBy : answerBy;
        return new Rank(next != null && next.isBefore(now) ? State.OVERDUE : State.OPEN, next);
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
