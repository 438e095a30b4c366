package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** Whether the question was worded positively or negatively (positive wording scores higher). */
public enum Phrasing {
    POSITIVE, NEGATIVE;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.phrasing." + Text.key(this));
    }
}
