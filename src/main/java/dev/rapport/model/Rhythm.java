package dev.rapport.model;

import dev.rapport.i18n.I18n;

/**
 * How often the consultant means to be in touch with a client: amber past the ideal number of
 * days since the last interaction, red past the maximum (DOMAIN §7, keep in touch).
 */
public record Rhythm(int idealDays, int maxDays) {
    public static final Rhythm DEFAULT = new Rhythm(14, 30);

    public Rhythm {
        if (idealDays < 1 || idealDays > Limits.RHYTHM_MAX_DAYS) {
            throw new ValidationException("rhythmIdeal", I18n.t("validation.rhythm.ideal", Integer.toString(Limits.RHYTHM_MAX_DAYS)));
        }
        if (maxDays < idealDays || maxDays > Limits.RHYTHM_MAX_DAYS) {
            throw new ValidationException("rhythmMax", I18n.t("validation.rhythm.max", Integer.toString(idealDays), Integer.toString(Limits.RHYTHM_MAX_DAYS)));
        }
    }

    /** The state of the rhythm given the days since the last contact; null days means never contacted. */
    public RhythmState stateAfter(Long daysSinceLastContact) {
        if (daysSinceLastContact == null) {
            return RhythmState.NEVER;
        }
        if (daysSinceLastContact > maxDays) {
            return RhythmState.RED;
        }
        if (daysSinceLastContact > idealDays) {
            return RhythmState.AMBER;
        }
        return RhythmState.GREEN;
    }
}
