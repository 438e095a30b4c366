package dev.rapport.model;

/**
 * How fast a client is to be answered (DOMAIN §4): an acknowledgement within so many hours, a
 * full answer within so many, counted in working hours unless round-the-clock service was promised.
 */
public record ResponseTargets(int acknowledgeHours, int answerHours, boolean roundTheClock) {
    public static final ResponseTargets DEFAULT = new ResponseTargets(2, 24, false);

    public ResponseTargets {
        if (acknowledgeHours < 1 || acknowledgeHours > 720) {
            throw new ValidationException("acknowledgeHours", "Acknowledge within must be between 1 and 720 hours.");
        }
        if (answerHours < acknowledgeHours || answerHours > 2160) {
            throw new ValidationException("answerHours", "Answer within must be at least the acknowledgement target ("
                    + acknowledgeHours + " hours) and at most 2160 hours.");
        }
    }
}
