package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** The client's mood as the consultant read it during an interaction. */
public enum Mood {
    DELIGHTED, POSITIVE, NEUTRAL, CONCERNED, UPSET;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.mood." + Text.key(this));
    }
}
