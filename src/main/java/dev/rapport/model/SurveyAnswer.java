package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;

/**
 * A client's answer to a survey question, with the wording, scale, phrasing and method as asked.
 * questionId, contactId and interactionId may be null (an answer outside the question of the period,
 * from no one in particular, or not tied to a journal entry).
 */
public record SurveyAnswer(long id, Long questionId, String questionText, long clientId, Long contactId, Long interactionId,
                           LocalDate answeredOn, SurveyScale scale, int value, SurveyMethod method, Phrasing phrasing,
                           String note) {

    public SurveyAnswer {
        questionText = Check.required("questionText", "question", questionText, Limits.SHORT_TEXT);
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        answeredOn = Check.notNull("answeredOn", "answerDate", answeredOn);
        scale = Check.notNull("scale", "scale", scale);
        if (value < scale.min() || value > scale.max()) {
            throw new ValidationException("value", I18n.t("validation.survey.outsideScale", Integer.toString(value), scale.label(),
                    Integer.toString(scale.min()), Integer.toString(scale.max())));
        }
        method = Check.notNull("method", "method", method);
        phrasing = phrasing == null ? Phrasing.POSITIVE : phrasing;
        note = Check.limit("note", "note", note, Limits.LONG_TEXT);
    }

    public boolean satisfied() {
        return scale.satisfied(value);
    }

    public SurveyAnswer withId(long newId) {
        return new SurveyAnswer(newId, questionId, questionText, clientId, contactId, interactionId, answeredOn, scale, value,
                method, phrasing, note);
    }

    public SurveyAnswer withInteraction(Long newInteractionId) {
        return new SurveyAnswer(id, questionId, questionText, clientId, contactId, newInteractionId, answeredOn, scale, value,
                method, phrasing, note);
    }
}
