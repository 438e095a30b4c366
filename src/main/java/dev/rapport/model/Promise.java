package dev.rapport.model;

import dev.rapport.i18n.I18n;

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
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        what = Check.required("what", "whatWasPromised", what, Limits.LONG_TEXT);
        Check.notNull("madeOn", "madeOn", madeOn);
        Check.notNull("due", "dueDate", due);
        if (due.isBefore(madeOn)) {
            throw new ValidationException("due", I18n.t("validation.promise.dueBeforeMade", I18n.date(due), I18n.date(madeOn)));
        }
        if (understoodOn != null && understoodOn.isBefore(madeOn)) {
            throw new ValidationException("understoodOn", I18n.t("validation.promise.understoodBeforeMade", I18n.date(madeOn)));
        }
        outcome = outcome == null ? PromiseOutcome.OPEN : outcome;
        boolean decided = outcome == PromiseOutcome.KEPT || outcome == PromiseOutcome.BROKEN;
        if (decided && decidedOn == null) {
            throw new ValidationException("decidedOn", I18n.t(outcome == PromiseOutcome.KEPT ? "validation.promise.keptOn" : "validation.promise.brokenOn"));
        }
        if (!decided) {
            decidedOn = null;
        } else if (decidedOn.isBefore(madeOn)) {
            throw new ValidationException("decidedOn", I18n.t("validation.promise.decidedBeforeMade", I18n.date(madeOn)));
        }
        exceeded = exceeded == null || exceeded.isEmpty() || outcome != PromiseOutcome.KEPT
                ? Set.of() : Set.copyOf(EnumSet.copyOf(exceeded));
        otherDimension = Check.limit("otherDimension", "otherDimension", otherDimension, Limits.NAME);
        if (exceeded.contains(Dimension.OTHER) && otherDimension.isEmpty()) {
            throw new ValidationException("otherDimension", I18n.t("validation.promise.otherDimension"));
        }
        if (!exceeded.contains(Dimension.OTHER)) {
            otherDimension = "";
        }
        reportNote = Check.limit("reportNote", "elementOfExcellence", reportNote, Limits.LONG_TEXT);
        if (reportedOn != null && outcome != PromiseOutcome.KEPT) {
            throw new ValidationException("reportedOn", I18n.t("validation.promise.reportNotKept"));
        }
        if (reportedOn != null && reportedOn.isBefore(decidedOn)) {
            throw new ValidationException("reportedOn", I18n.t("validation.promise.reportedBeforeKept", I18n.date(decidedOn)));
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
            throw new ValidationException("due", I18n.t("validation.promise.renegotiateNotOpen"));
        }
        if (newDue.equals(due)) {
            throw new ValidationException("due", I18n.t("validation.promise.sameDue"));
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
