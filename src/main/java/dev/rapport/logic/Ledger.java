package dev.rapport.logic;

import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.WorkingHours;
import dev.rapport.store.FigureRows.ProblemFacts;
import dev.rapport.store.FigureRows.PromiseFacts;
import dev.rapport.store.FigureRows.RequestFacts;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ledger's figures, computed one way for the screens, the command line and the summaries
 * (DOMAIN §7). A figure over a period takes the items whose deciding date falls in it; from and
 * to are inclusive and may be null (open-ended). Each figure is a tally fed one item at a time,
 * so the whole history can be streamed from the journal without holding it.
 */
public final class Ledger {
    private Ledger() {
    }

    public static LedgerFigures.Promises promises(List<Promise> all, LocalDate from, LocalDate to, LocalDate today) {
        PromiseTally tally = new PromiseTally(from, to, today);
        all.forEach(p -> tally.accept(new PromiseFacts(p.outcome(), p.due(), p.decidedOn(), p.exceeded(), p.reportedOn() != null)));
        return tally.result();
    }

    public static LedgerFigures.Problems problems(List<Problem> all, LocalDate from, LocalDate to) {
        ProblemTally tally = new ProblemTally(from, to);
        all.forEach(p -> tally.accept(new ProblemFacts(p.status(), p.raisedOn(), p.target(), p.resolvedOn(), p.reportedOn() != null)));
        return tally.result();
    }

    /**
     * Request figures over the requests received in the period (in the consultant's zone).
     * Hours are unrounded; show them with one decimal.
     */
    public static LedgerFigures.Requests requests(List<Request> all, Function<Long, ResponseTargets> targets, WorkingHours hours,
                                                  LocalDate from, LocalDate to) {
        RequestTally tally = new RequestTally(targets, hours, from, to);
        all.forEach(r -> tally.accept(new RequestFacts(r.clientId(), r.receivedAt(), r.effectiveAcknowledgedAt(), r.answeredAt())));
        return tally.result();
    }

    /** Promise figures: kept, on time, exceeded and reported over those decided in the period; open and overdue over all. */
    static final class PromiseTally implements Consumer<PromiseFacts> {
        private final LocalDate from;
        private final LocalDate to;
        private final LocalDate today;
        private int decided;
        private int kept;
        private int onTime;
        private int exceeded;
        private int reported;
        private int overdue;
        private int open;
        private final Map<Dimension, Integer> byDimension = new EnumMap<>(Dimension.class);

        PromiseTally(LocalDate from, LocalDate to, LocalDate today) {
            this.from = from;
            this.to = to;
            this.today = today;
        }

        @Override
        public void accept(PromiseFacts p) {
            boolean isDecided = p.outcome() == PromiseOutcome.KEPT || p.outcome() == PromiseOutcome.BROKEN;
            if (isDecided && within(p.decidedOn(), from, to)) {
                decided++;
                if (p.outcome() == PromiseOutcome.KEPT) {
                    kept++;
                    if (!p.decidedOn().isAfter(p.due())) {
                        onTime++;
                    }
                    if (!p.exceeded().isEmpty()) {
                        exceeded++;
                    }
                    for (Dimension d : p.exceeded()) {
                        byDimension.merge(d, 1, Integer::sum);
                    }
                    if (p.reported()) {
                        reported++;
                    }
                }
            }
            if (p.outcome() == PromiseOutcome.OPEN) {
                open++;
                if (p.due().isBefore(today)) {
                    overdue++;
                }
            }
        }

        LedgerFigures.Promises result() {
            Map<Dimension, Double> percents = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                percents.put(d, Figures.percent(byDimension.getOrDefault(d, 0), decided));
            }
            return new LedgerFigures.Promises(decided, kept, open, Figures.percent(kept, decided), Figures.percent(onTime, decided),
                    Figures.percent(exceeded, decided), percents, Figures.percent(reported, kept), overdue);
        }
    }

    /** Problem figures: open over all; resolved, on target, days to resolve and reported over those resolved in the period. */
    static final class ProblemTally implements Consumer<ProblemFacts> {
        private final LocalDate from;
        private final LocalDate to;
        private int open;
        private int resolved;
        private int withTarget;
        private int onTarget;
        private int reported;
        private final Figures.Doubles days = new Figures.Doubles();

        ProblemTally(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void accept(ProblemFacts p) {
            if (!p.status().isClosed()) {
                open++;
            }
            if (p.status() == ProblemStatus.RESOLVED && within(p.resolvedOn(), from, to)) {
                resolved++;
                if (p.target() != null) {
                    withTarget++;
                    if (!p.resolvedOn().isAfter(p.target())) {
                        onTarget++;
                    }
                }
                days.add((double) ChronoUnit.DAYS.between(p.raisedOn(), p.resolvedOn()));
                if (p.reported()) {
                    reported++;
                }
            }
        }

        LedgerFigures.Problems result() {
            return new LedgerFigures.Problems(open, resolved, Figures.percent(onTarget, withTarget), days.median(),
                    Figures.percent(reported, resolved));
        }
    }

    /** Request figures over the requests received in the period, elapsed time in working time by each client's targets. */
    static final class RequestTally implements Consumer<RequestFacts> {
        private final Function<Long, ResponseTargets> targets;
        private final WorkingHours hours;
        private final LocalDate from;
        private final LocalDate to;
        private int requests;
        private int unacknowledged;
        private int unanswered;
        private int ackWithin;
        private int answerWithin;
        private final Figures.Doubles ackHours = new Figures.Doubles();
        private final Figures.Doubles answerHours = new Figures.Doubles();

        RequestTally(Function<Long, ResponseTargets> targets, WorkingHours hours, LocalDate from, LocalDate to) {
            this.targets = targets;
            this.hours = hours;
            this.from = from;
            this.to = to;
        }

        @Override
        public void accept(RequestFacts r) {
            if (!within(r.receivedAt().atZone(hours.zone()).toLocalDate(), from, to)) {
                return;
            }
            requests++;
            ResponseTargets t = targets.apply(r.clientId());
            if (r.acknowledgedAt() != null) {
                Duration d = WorkingTime.between(r.receivedAt(), r.acknowledgedAt(), hours, t.roundTheClock());
                ackHours.add(hours(d));
                if (d.compareTo(Duration.ofHours(t.acknowledgeHours())) <= 0) {
                    ackWithin++;
                }
            } else {
                unacknowledged++;
            }
            if (r.answeredAt() != null) {
                Duration d = WorkingTime.between(r.receivedAt(), r.answeredAt(), hours, t.roundTheClock());
                answerHours.add(hours(d));
                if (d.compareTo(Duration.ofHours(t.answerHours())) <= 0) {
                    answerWithin++;
                }
            } else {
                unanswered++;
            }
        }

        LedgerFigures.Requests result() {
            return new LedgerFigures.Requests(requests, unacknowledged, unanswered, ackHours.median(),
                    answerHours.median(), Figures.percent(ackWithin, ackHours.size()),
                    Figures.percent(answerWithin, answerHours.size()));
        }
    }

    private static double hours(Duration d) {
        return d.toSeconds() / 3600.0;
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
