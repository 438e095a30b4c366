package dev.rapport.model;

import java.time.LocalDate;

/**
 * An issue raised by either side that affects the client (DOMAIN §3): its consequences and the
 * measures proposed, a target date, and once closed the day it was resolved (or given up as
 * unrecoverable), when the resolution was reported and what it took, and how to prevent a repeat.
 */
public record Problem(long id, long clientId, RaisedBy raisedBy, LocalDate raisedOn, String description,
                      String consequences, String measures, Severity severity, LocalDate target, String emotion,
                      ProblemStatus status, LocalDate resolvedOn, LocalDate reportedOn, String whatItTook,
                      String prevention) {

    public Problem {
        if (clientId <= 0) {
            throw new ValidationException("client", "Client must be chosen.");
        }
        raisedBy = Check.notNull("raisedBy", "Raised by", raisedBy);
        Check.notNull("raisedOn", "Raised on", raisedOn);
        description = Check.required("description", "Description", description, Limits.LONG_TEXT);
        consequences = Check.limit("consequences", "Consequences", consequences, Limits.LONG_TEXT);
        measures = Check.limit("measures", "Proposed measures", measures, Limits.LONG_TEXT);
        severity = severity == null ? Severity.MEDIUM : severity;
        if (target != null && target.isBefore(raisedOn)) {
            throw new ValidationException("target", "The target date " + target + " is before the day it was raised (" + raisedOn + ").");
        }
        emotion = Check.limit("emotion", "The client's emotion", emotion, Limits.SHORT_TEXT);
        status = status == null ? ProblemStatus.OPEN : status;
        if (status.isClosed() && resolvedOn == null) {
            throw new ValidationException("resolvedOn", status == ProblemStatus.RESOLVED
                    ? "Give the day the problem was resolved." : "Give the day it was found that nothing could be recovered.");
        }
        if (!status.isClosed()) {
            resolvedOn = null;
        } else if (resolvedOn.isBefore(raisedOn)) {
            throw new ValidationException("resolvedOn", "A problem cannot be closed before it was raised (" + raisedOn + ").");
        }
        if (reportedOn != null && status != ProblemStatus.RESOLVED) {
            throw new ValidationException("reportedOn", "Only a resolved problem's resolution can be reported.");
        }
        if (reportedOn != null && reportedOn.isBefore(resolvedOn)) {
            throw new ValidationException("reportedOn", "The resolution cannot be reported before it happened (" + resolvedOn + ").");
        }
        whatItTook = Check.limit("whatItTook", "What it took", whatItTook, Limits.LONG_TEXT);
        prevention = Check.limit("prevention", "Prevention", prevention, Limits.LONG_TEXT);
    }

    public static Problem create(long clientId, RaisedBy by, LocalDate raisedOn, String description) {
        return new Problem(0, clientId, by, raisedOn, description, "", "", Severity.MEDIUM, null, "",
                ProblemStatus.OPEN, null, null, "", "");
    }

    public Problem withId(long newId) {
        return new Problem(newId, clientId, raisedBy, raisedOn, description, consequences, measures, severity, target,
                emotion, status, resolvedOn, reportedOn, whatItTook, prevention);
    }

    public Problem withStatus(ProblemStatus newStatus, LocalDate closedOn) {
        return new Problem(id, clientId, raisedBy, raisedOn, description, consequences, measures, severity, target,
                emotion, newStatus, closedOn, newStatus == ProblemStatus.RESOLVED ? reportedOn : null, whatItTook, prevention);
    }

    public Problem withReport(LocalDate on, String took) {
        return new Problem(id, clientId, raisedBy, raisedOn, description, consequences, measures, severity, target,
                emotion, status, resolvedOn, on, took, prevention);
    }

    public boolean isOpen() {
        return !status.isClosed();
    }

    public boolean isPastTarget(LocalDate today) {
        return isOpen() && target != null && target.isBefore(today);
    }
}
