package dev.rapport.model;

import java.util.Map;

/**
 * The ledger's figures for a client (or all) over a period, exactly as DOMAIN §7 defines them.
 * Percentages are unrounded 0–100; null means there was nothing to count.
 */
public final class LedgerFigures {
    private LedgerFigures() {
    }

    public record Promises(int decided, int kept, int open, Double keptPercent, Double onTimePercent, Double exceededPercent,
                           Map<Dimension, Double> exceededByDimension, Double reportedPercent, int overdue) {
    }

    public record Problems(int open, int resolved, Double onTargetPercent, Double medianDaysToResolve,
                           Double resolutionReportedPercent) {
    }

    public record Requests(int requests, int unacknowledged, int unanswered, Double medianHoursToAcknowledge,
                           Double medianHoursToAnswer, Double acknowledgedWithinTargetPercent,
                           Double answeredWithinTargetPercent) {
    }

    public record All(Promises promises, Problems problems, Requests requests) {
    }
}
