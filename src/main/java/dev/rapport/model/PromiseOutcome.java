package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/**
 * Where a promise stands. Kept on time, kept late and exceeded are read from a kept promise's
 * dates and dimensions ({@link Promise#result()}); renegotiated is an open promise with history.
 */
public enum PromiseOutcome {
    OPEN, KEPT, BROKEN, CANCELLED;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.promiseOutcome." + Text.key(this));
    }
}
