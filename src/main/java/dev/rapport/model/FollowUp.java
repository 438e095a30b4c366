package dev.rapport.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A close-the-loop follow-up: opened by a 0–10 answer that is a detractor (0–6) or one category
 * (detractor · passive · promoter) below the same contact's previous 0–10 answer. The consultant
 * acknowledges it by acknowledgeBy and talks to the client by talkBy (counted like requests,
 * DOMAIN §7). recoveredBy is the contact's next 0–10 answer when it lands a category higher.
 */
public record FollowUp(SurveyAnswer answer, Reason reason, Integer previousValue, Instant openedAt, Instant acknowledgeBy,
                       Instant talkBy, Instant acknowledgedAt, Instant talkedAt, SurveyAnswer nextAnswer) {

    public enum Reason {
        DETRACTOR, DROP
    }

    /** detractor 0, passive 1, promoter 2, for a 0–10 answer. */
    public static int category(int value) {
        return value >= 9 ? 2 : value >= 7 ? 1 : 0;
    }

    public static String categoryName(int value) {
        return switch (category(value)) {
            case 2 -> "promoter";
            case 1 -> "passive";
            default -> "detractor";
        };
    }

    public long answerId() {
        return answer.id();
    }

    public long clientId() {
        return answer.clientId();
    }

    public LocalDate answeredOn() {
        return answer.answeredOn();
    }

    /** The contact's next answer landed a category higher. */
    public boolean recovered() {
        return nextAnswer != null && category(nextAnswer.value()) > category(answer.value());
    }

    /** Still needs the consultant: not yet talked to the client. */
    public boolean open() {
        return talkedAt == null;
    }
}
