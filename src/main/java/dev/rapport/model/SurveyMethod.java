package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** How an answer was collected: the method shifts results (oral reads up to 12% higher), so it is kept. */
public enum SurveyMethod {
    ORAL, WRITTEN, ONLINE_FORM, INTERVIEW, FOCUS_GROUP;

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.surveyMethod." + Text.key(this));
    }
}
