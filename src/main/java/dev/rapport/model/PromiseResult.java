package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** The outcome of a promise as the consultant reads it (DOMAIN §2). */
public enum PromiseResult {
    OPEN, RENEGOTIATED, KEPT_ON_TIME, KEPT_LATE, EXCEEDED, BROKEN, CANCELLED;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.promiseResult." + Text.key(this));
    }
}
