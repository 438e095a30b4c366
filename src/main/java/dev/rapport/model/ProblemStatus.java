package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** Where a problem stands; resolved and unrecoverable are closed. */
public enum ProblemStatus {
    OPEN, IN_PROGRESS, RESOLVED, UNRECOVERABLE;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.problemStatus." + Text.key(this));
    }

    public boolean isClosed() {
        return this == RESOLVED || this == UNRECOVERABLE;
    }
}
