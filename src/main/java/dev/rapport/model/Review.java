package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A review of one relationship against the checklist: stand-alone (periodic) or written with an
 * interaction (interactionId not null). At least one item must be rated.
 */
public record Review(long id, long clientId, Long interactionId, LocalDate reviewedOn, List<ReviewAnswer> answers) {

    public Review {
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        reviewedOn = Check.notNull("reviewedOn", "reviewDate", reviewedOn);
        answers = answers == null ? List.of() : List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new ValidationException("answers", I18n.t("validation.review.noRating"));
        }
        Set<Long> seen = new HashSet<>();
        for (ReviewAnswer a : answers) {
            if (!seen.add(a.itemId())) {
                throw new ValidationException("answers", I18n.t("validation.review.ratedTwice", a.itemName()));
            }
        }
    }

    public Review withId(long newId) {
        return new Review(newId, clientId, interactionId, reviewedOn, answers);
    }
}
