package dev.rapport.model;

/** Where a problem stands; resolved and unrecoverable are closed. */
public enum ProblemStatus {
    OPEN, IN_PROGRESS, RESOLVED, UNRECOVERABLE;

    public String label() {
        return this == UNRECOVERABLE ? "Could not be recovered" : Text.capitalise(name());
    }

    public boolean isClosed() {
        return this == RESOLVED || this == UNRECOVERABLE;
    }
}
