package dev.rapport.model;

import dev.rapport.i18n.I18n;

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
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        raisedBy = Check.notNull("raisedBy", "raisedBy", raisedBy);
        Check.notNull("raisedOn", "raisedOn", raisedOn);
        description = Check.required("description", "description", description, Limits.LONG_TEXT);
        consequences = Check.limit("consequences", "consequences", consequences, Limits.LONG_TEXT);
        measures = Check.limit("measures", "proposedMeasures", measures, Limits.LONG_TEXT);
        severity = severity == null ? Severity.MEDIUM : severity;
        if (target != null && target.isBefore(raisedOn)) {
            throw new ValidationException("target", I18n.t("validation.problem.targetBeforeRaised", I18n.date(target), I18n.date(raisedOn)));
        }
        emotion = Check.limit("emotion", "clientEmotion", emotion, Limits.SHORT_TEXT);
        status = status == null ? ProblemStatus.OPEN : status;
        if (status.isClosed() && resolvedOn == null) {
            throw new ValidationException("resolvedOn", I18n.t(status == ProblemStatus.RESOLVED
                    ? "validation.problem.resolvedOn" : "validation.problem.unrecoverableOn"));
        }
        if (!status.isClosed()) {
            resolvedOn = null;
        } else if (resolvedOn.isBefore(raisedOn)) {
            throw new ValidationException("resolvedOn", I18n.t("validation.problem.closedBeforeRaised", I18n.date(raisedOn)));
        }
        if (reportedOn != null && status != ProblemStatus.RESOLVED) {
            throw new ValidationException("reportedOn", I18n.t("validation.problem.reportNotResolved"));
        }
        if (reportedOn != null && reportedOn.isBefore(resolvedOn)) {
            throw new ValidationException("reportedOn", I18n.t("validation.problem.reportedBeforeResolved", I18n.date(resolvedOn)));
        }
        whatItTook = Check.limit("whatItTook", "whatItTook", whatItTook, Limits.LONG_TEXT);
        prevention = Check.limit("prevention", "prevention", prevention, Limits.LONG_TEXT);
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
