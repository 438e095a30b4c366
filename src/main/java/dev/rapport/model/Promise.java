package dev.rapport.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A commitment the consultant made to a client (DOMAIN §2). The understanding is confirmed when
 * {@code understoodOn} is set; a kept or broken promise has its {@code decidedOn}; a kept one may
 * have exceeded dimensions and the day its achievement was reported, with the element of excellence.
 * {@code due} is always the latest due date; earlier ones are in {@code history}.
 */
public record Promise(long id, long clientId, Long contactId, Long interactionId, String what, LocalDate madeOn,
                      LocalDate due, LocalDate understoodOn, PromiseOutcome outcome, LocalDate decidedOn,
                      Set<Dimension> exceeded, String otherDimension, LocalDate reportedOn, String reportNote,
                      List<Renegotiation> history) {

    public Promise {
        if (clientId <= 0) {
            throw new ValidationException("client", "Client must be chosen.");
        }
        what = Check.required("what", "What was promised", what, Limits.LONG_TEXT);
        Check.notNull("madeOn", "Made on", madeOn);
        Check.notNull("due", "Due date", due);
        if (due.isBefore(madeOn)) {
            throw new ValidationException("due", "The due date " + due + " is before the day the promise was made (" + madeOn + ").");
        }
        if (understoodOn != null && understoodOn.isBefore(madeOn)) {
            throw new ValidationException("understoodOn", "The understanding cannot be confirmed before the promise was made (" + madeOn + ").");
        }
        outcome = outcome == null ? PromiseOutcome.OPEN : outcome;
        boolean decided = outcome == PromiseOutcome.KEPT || outcome == PromiseOutcome.BROKEN;
        if (decided && decidedOn == null) {
            throw new ValidationException("decidedOn", "Give the day the promise was " + (outcome == PromiseOutcome.KEPT ? "kept." : "broken."));
        }
        if (!decided) {
            decidedOn = null;
        } else if (decidedOn.isBefore(madeOn)) {
            throw new ValidationException("decidedOn", "A promise cannot be kept or broken before it was made (" + madeOn + ").");
        }
        exceeded = exceeded == null || exceeded.isEmpty() || outcome != PromiseOutcome.KEPT
                ? Set.of() : Set.copyOf(EnumSet.copyOf(exceeded));
        otherDimension = Check.limit("otherDimension", "Other dimension", otherDimension, Limits.NAME);
        if (exceeded.contains(Dimension.OTHER) && otherDimension.isEmpty()) {
            throw new ValidationException("otherDimension", "Name the other dimension in which the promise was exceeded.");
        }
        if (!exceeded.contains(Dimension.OTHER)) {
            otherDimension = "";
        }
        reportNote = Check.limit("reportNote", "Element of excellence", reportNote, Limits.LONG_TEXT);
        if (reportedOn != null && outcome != PromiseOutcome.KEPT) {
            throw new ValidationException("reportedOn", "Only a kept promise's achievement can be reported.");
        }
        if (reportedOn != null && reportedOn.isBefore(decidedOn)) {
            throw new ValidationException("reportedOn", "The achievement cannot be reported before the promise was kept (" + decidedOn + ").");
        }
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Promise create(long clientId, String what, LocalDate madeOn, LocalDate due) {
        return new Promise(0, clientId, null, null, what, madeOn, due, null, PromiseOutcome.OPEN, null, Set.of(), "", null, "", List.of());
    }

    public Promise withId(long newId) {
        return new Promise(newId, clientId, contactId, interactionId, what, madeOn, due, understoodOn, outcome, decidedOn,
                exceeded, otherDimension, reportedOn, reportNote, history);
    }

    public Promise withOutcome(PromiseOutcome newOutcome, LocalDate on, Set<Dimension> dims, String other) {
        return new Promise(id, clientId, contactId, interactionId, what, madeOn, due, understoodOn, newOutcome, on,
                dims, other, newOutcome == PromiseOutcome.KEPT ? reportedOn : null, reportNote, history);
    }

    public Promise withReport(LocalDate on, String note) {
        return new Promise(id, clientId, contactId, interactionId, what, madeOn, due, understoodOn, outcome, decidedOn,
                exceeded, otherDimension, on, note, history);
    }

    /** Moves the due date, keeping the old one in the history; the promise stays open. */
    public Promise renegotiated(LocalDate on, LocalDate newDue, String note) {
        if (outcome != PromiseOutcome.OPEN) {
            throw new ValidationException("due", "Only an open promise can be renegotiated.");
        }
        if (newDue.equals(due)) {
            throw new ValidationException("due", "The new due date is the same as the current one.");
        }
        List<Renegotiation> h = new ArrayList<>(history);
        h.add(new Renegotiation(on, due, newDue, note));
        return new Promise(id, clientId, contactId, interactionId, what, madeOn, newDue, understoodOn, outcome, decidedOn,
                exceeded, otherDimension, reportedOn, reportNote, h);
    }

    public boolean isKept() {
        return outcome == PromiseOutcome.KEPT;
    }

    /** Kept on or before the (latest) due date: the whole due day counts. */
    public boolean isKeptOnTime() {
        return isKept() && !decidedOn.isAfter(due);
    }

    public boolean isDecided() {
        return outcome == PromiseOutcome.KEPT || outcome == PromiseOutcome.BROKEN;
    }

    public boolean isOverdue(LocalDate today) {
        return outcome == PromiseOutcome.OPEN && due.isBefore(today);
    }

    public PromiseResult result() {
        return switch (outcome) {
            case OPEN -> history.isEmpty() ? PromiseResult.OPEN : PromiseResult.RENEGOTIATED;
            case BROKEN -> PromiseResult.BROKEN;
            case CANCELLED -> PromiseResult.CANCELLED;
            case KEPT -> !exceeded.isEmpty() ? PromiseResult.EXCEEDED
                    : isKeptOnTime() ? PromiseResult.KEPT_ON_TIME : PromiseResult.KEPT_LATE;
        };
    }
}
