package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;

/** The question of the period: one survey question asked in every conversation from start to end (inclusive). */
public record SurveyQuestion(long id, String text, SurveyScale scale, Phrasing phrasing, LocalDate startsOn, LocalDate endsOn) {

    public SurveyQuestion {
        text = Check.required("text", "question", text, Limits.SHORT_TEXT);
        scale = Check.notNull("scale", "scale", scale);
        phrasing = phrasing == null ? Phrasing.POSITIVE : phrasing;
        startsOn = Check.notNull("startsOn", "startDate", startsOn);
        endsOn = Check.notNull("endsOn", "endDate", endsOn);
        if (endsOn.isBefore(startsOn)) {
            throw new ValidationException("endsOn", I18n.t("validation.question.endBeforeStart"));
        }
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public SurveyQuestion withId(long newId) {
        return new SurveyQuestion(newId, text, scale, phrasing, startsOn, endsOn);
    }
}
