package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** How well one checklist item was met in a review. Not applicable counts for nothing. */
public enum Rating {
    MET, PARTLY, NOT_MET, NOT_APPLICABLE;

    /** 2 for met, 1 for partly, 0 for not met; null when not applicable. */
    public Integer score() {
        return switch (this) {
            case MET -> 2;
            case PARTLY -> 1;
            case NOT_MET -> 0;
            case NOT_APPLICABLE -> null;
        };
    }

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.rating." + Text.key(this));
    }
}
