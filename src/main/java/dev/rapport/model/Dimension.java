package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** The dimension in which a kept promise exceeded what was expected (DOMAIN §2); OTHER is named. */
public enum Dimension {
    TIME, QUALITY, DESIGN, OTHER;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.dimension." + Text.key(this));
    }
}
