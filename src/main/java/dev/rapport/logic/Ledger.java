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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ledger's figures, computed one way for the screens, the command line and the summaries
 * (DOMAIN §7). A figure over a period takes the items whose deciding date falls in it; from and
 * to are inclusive and may be null (open-ended).
 */
public final class Ledger {
    private Ledger() {
    }

    public static LedgerFigures.Promises promises(List<Promise> all, LocalDate from, LocalDate to, LocalDate today) {
        List<Promise> decided = all.stream().filter(Promise::isDecided).filter(p -> within(p.decidedOn(), from, to)).toList();
        List<Promise> kept = decided.stream().filter(Promise::isKept).toList();
        long onTime = kept.stream().filter(Promise::isKeptOnTime).count();
        long exceeded = kept.stream().filter(p -> !p.exceeded().isEmpty()).count();
        Map<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            byDimension.put(d, Figures.percent(kept.stream().filter(p -> p.exceeded().contains(d)).count(), decided.size()));
        }
        long reported = kept.stream().filter(p -> p.reportedOn() != null).count();
        int overdue = (int) all.stream().filter(p -> p.isOverdue(today)).count();
        int open = (int) all.stream().filter(p -> p.outcome() == PromiseOutcome.OPEN).count();
        return new LedgerFigures.Promises(decided.size(), kept.size(), open, Figures.percent(kept.size(), decided.size()),
                Figures.percent(onTime, decided.size()), Figures.percent(exceeded, decided.size()), byDimension,
                Figures.percent(reported, kept.size()), overdue);
    }

    public static LedgerFigures.Problems problems(List<Problem> all, LocalDate from, LocalDate to) {
        int open = (int) all.stream().filter(Problem::isOpen).count();
        List<Problem> resolved = all.stream().filter(p -> p.status() == ProblemStatus.RESOLVED)
                .filter(p -> within(p.resolvedOn(), from, to)).toList();
        List<Problem> withTarget = resolved.stream().filter(p -> p.target() != null).toList();
        long onTarget = withTarget.stream().filter(p -> !p.resolvedOn().isAfter(p.target())).count();
        List<Double> days = resolved.stream().map(p -> (double) ChronoUnit.DAYS.between(p.raisedOn(), p.resolvedOn())).toList();
        long reported = resolved.stream().filter(p -> p.reportedOn() != null).count();
        return new LedgerFigures.Problems(open, resolved.size(), Figures.percent(onTarget, withTarget.size()),
                Figures.median(days), Figures.percent(reported, resolved.size()));
    }

    /**
     * Request figures over the requests received in the period (in the consultant's zone).
     * Hours are unrounded; show them with one decimal.
     */
    public static LedgerFigures.Requests requests(List<Request> all, Function<Long, ResponseTargets> targets, WorkingHours hours,
                                                  LocalDate from, LocalDate to) {
        List<Request> inPeriod = all.stream()
                .filter(r -> within(r.receivedAt().atZone(hours.zone()).toLocalDate(), from, to)).toList();
        List<Double> ackHours = new ArrayList<>();
        List<Double> answerHours = new ArrayList<>();
        int ackWithin = 0;
        int answerWithin = 0;
        for (Request r : inPeriod) {
            ResponseTargets t = targets.apply(r.clientId());
            Instant ack = r.effectiveAcknowledgedAt();
            if (ack != null) {
                Duration d = WorkingTime.between(r.receivedAt(), ack, hours, t.roundTheClock());
                ackHours.add(hours(d));
                if (d.compareTo(Duration.ofHours(t.acknowledgeHours())) <= 0) {
                    ackWithin++;
                }
            }
            if (r.answeredAt() != null) {
                Duration d = WorkingTime.between(r.receivedAt(), r.answeredAt(), hours, t.roundTheClock());
                answerHours.add(hours(d));
                if (d.compareTo(Duration.ofHours(t.answerHours())) <= 0) {
                    answerWithin++;
                }
            }
        }
        int unacknowledged = (int) inPeriod.stream().filter(r -> r.effectiveAcknowledgedAt() == null).count();
        int unanswered = (int) inPeriod.stream().filter(r -> r.answeredAt() == null).count();
        return new LedgerFigures.Requests(inPeriod.size(), unacknowledged, unanswered, Figures.median(ackHours),
                Figures.median(answerHours), Figures.percent(ackWithin, ackHours.size()),
                Figures.percent(answerWithin, answerHours.size()));
    }

    private static double hours(Duration d) {
        return d.toSeconds() / 3600.0;
    }

    static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
