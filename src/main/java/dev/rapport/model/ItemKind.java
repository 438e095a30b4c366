package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** A checklist item is one of the eleven relationship attributes, one of the four customer goals, or the consultant's own. */
public enum ItemKind {
    ATTRIBUTE, GOAL, OWN;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.itemKind." + Text.key(this));
    }
}
