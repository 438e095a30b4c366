package dev.rapport.model;

import dev.rapport.i18n.I18n;

/**
 * How fast a client is to be answered (DOMAIN §4): an acknowledgement within so many hours, a
 * full answer within so many, counted in working hours unless round-the-clock service was promised.
 */
public record ResponseTargets(int acknowledgeHours, int answerHours, boolean roundTheClock) {
    public static final ResponseTargets DEFAULT = new ResponseTargets(2, 24, false);

    public ResponseTargets {
        if (acknowledgeHours < 1 || acknowledgeHours > 720) {
            throw new ValidationException("acknowledgeHours", I18n.t("validation.targets.acknowledge"));
        }
        if (answerHours < acknowledgeHours || answerHours > 2160) {
            throw new ValidationException("answerHours", I18n.t("validation.targets.answer", Integer.toString(acknowledgeHours)));
        }
    }
}
