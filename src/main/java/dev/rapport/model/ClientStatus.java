package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

public enum ClientStatus {
    ACTIVE, PAUSED, FORMER;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.clientStatus." + Text.key(this));
    }
}
