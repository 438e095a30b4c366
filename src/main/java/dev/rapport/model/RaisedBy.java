package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** Who raised a problem. */
public enum RaisedBy {
    CONSULTANT, CLIENT;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.raisedBy." + Text.key(this));
    }
}
