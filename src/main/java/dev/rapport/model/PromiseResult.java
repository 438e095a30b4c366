package dev.rapport.model;

/** The outcome of a promise as the consultant reads it (DOMAIN §2). */
public enum PromiseResult {
    OPEN, RENEGOTIATED, KEPT_ON_TIME, KEPT_LATE, EXCEEDED, BROKEN, CANCELLED;

    public String label() {
        return Text.capitalise(name());
    }
}
