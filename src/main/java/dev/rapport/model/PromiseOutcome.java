package dev.rapport.model;

/**
 * Where a promise stands. Kept on time, kept late and exceeded are read from a kept promise's
 * dates and dimensions ({@link Promise#result()}); renegotiated is an open promise with history.
 */
public enum PromiseOutcome {
    OPEN, KEPT, BROKEN, CANCELLED;

    public String label() {
        return Text.capitalise(name());
    }
}
