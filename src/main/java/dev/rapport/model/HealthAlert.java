package dev.rapport.model;

/**
 * An investigate alert (DOMAIN §7). clientId is null for the whole practice. For LOW_SATISFACTION
 * value is the satisfied share (0–100, unrounded) and previous null; for NPS_DROP value is this
 * period's NPS and previous the period before's.
 */
public record HealthAlert(Kind kind, Long clientId, String clientName, Period period, double value, Integer previous,
                          int answers, String message) {

    public enum Kind {
        LOW_SATISFACTION, NPS_DROP
    }
}
