package dev.rapport.model;

import java.time.LocalDate;

/** The question of the period: one survey question asked in every conversation from start to end (inclusive). */
public record SurveyQuestion(long id, String text, SurveyScale scale, Phrasing phrasing, LocalDate startsOn, LocalDate endsOn) {

    public SurveyQuestion {
        text = Check.required("text", "Question", text, Limits.SHORT_TEXT);
        scale = Check.notNull("scale", "Scale", scale);
        phrasing = phrasing == null ? Phrasing.POSITIVE : phrasing;
        startsOn = Check.notNull("startsOn", "Start date", startsOn);
        endsOn = Check.notNull("endsOn", "End date", endsOn);
        if (endsOn.isBefore(startsOn)) {
            throw new ValidationException("endsOn", "The end date must not be before the start date.");
        }
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public SurveyQuestion withId(long newId) {
        return new SurveyQuestion(newId, text, scale, phrasing, startsOn, endsOn);
    }
}
