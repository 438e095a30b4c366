package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** How an interaction took place, or how a contact prefers to be reached. */
public enum Channel {
    MEETING, CALL, VIDEO, EMAIL, CHAT, OTHER;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.channel." + Text.key(this));
    }
}
