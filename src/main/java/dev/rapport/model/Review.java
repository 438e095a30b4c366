package dev.rapport.model;

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
            throw new ValidationException("client", "Client must be chosen.");
        }
        reviewedOn = Check.notNull("reviewedOn", "Review date", reviewedOn);
        answers = answers == null ? List.of() : List.copyOf(answers);
        if (answers.isEmpty()) {
            throw new ValidationException("answers", "Rate at least one item of the checklist.");
        }
        Set<Long> seen = new HashSet<>();
        for (ReviewAnswer a : answers) {
            if (!seen.add(a.itemId())) {
                throw new ValidationException("answers", "“" + a.itemName() + "” is rated twice in one review.");
            }
        }
    }

    public Review withId(long newId) {
        return new Review(newId, clientId, interactionId, reviewedOn, answers);
    }
}
