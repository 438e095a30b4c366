package dev.rapport.model;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;

/** The scales a satisfaction answer is given on (DOMAIN §7). Yes is stored as 1, no as 0. */
public enum SurveyScale {
    RECOMMEND_0_10(0, 10), SATISFACTION_1_5(1, 5), YES_NO(0, 1);

    private final int min;
    private final int max;

    SurveyScale(int min, int max) {
        this.min = min;
        this.max = max;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    /** Satisfied: 4–5 on 1–5, yes on yes/no, 7–10 on 0–10. */
    public boolean satisfied(int value) {
        return switch (this) {
            case RECOMMEND_0_10 -> value >= 7;
            case SATISFACTION_1_5 -> value >= 4;
            case YES_NO -> value == 1;
        };
    }

    public String label() {
        return label(I18n.messages());
    }

    /** The label in a given language (a report may be written in another language than the screen's). */
    public String label(Messages m) {
        return m.get("model.surveyScale." + Text.key(this));
    }

    public String valueLabel(int value) {
        return this == YES_NO ? I18n.t(value == 1 ? "model.surveyScale.yes" : "model.surveyScale.no") : Integer.toString(value);
    }
}
