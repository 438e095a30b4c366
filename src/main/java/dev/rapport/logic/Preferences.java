package dev.rapport.logic;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Rhythm;
import dev.rapport.model.ValidationException;

/** Typed settings kept in the journal, with their defaults, so every screen reads them one way. */
public final class Preferences {
    static final String RHYTHM_IDEAL = "rhythm.defaultIdealDays";
    static final String RHYTHM_MAX = "rhythm.defaultMaxDays";
    static final String BACKUP_DAILY = "backup.keepDaily";
    static final String BACKUP_WEEKLY = "backup.keepWeekly";

    private final SettingsService settings;

    Preferences(SettingsService settings) {
        this.settings = settings;
    }

    /** The rhythm a new client starts with. */
    public Rhythm defaultRhythm() {
        return new Rhythm(number(RHYTHM_IDEAL, Rhythm.DEFAULT.idealDays()), number(RHYTHM_MAX, Rhythm.DEFAULT.maxDays()));
    }

    public void setDefaultRhythm(Rhythm rhythm) {
        settings.put(RHYTHM_IDEAL, Integer.toString(rhythm.idealDays()));
        settings.put(RHYTHM_MAX, Integer.toString(rhythm.maxDays()));
    }

    public int backupsDaily() {
        return number(BACKUP_DAILY, BackupService.DEFAULT_DAILY);
    }

    public int backupsWeekly() {
        return number(BACKUP_WEEKLY, BackupService.DEFAULT_WEEKLY);
    }

    public void setBackupsKept(int daily, int weekly) {
        if (daily < 1 || daily > 365) {
            throw new ValidationException("backupDaily", I18n.t("validation.backup.daily"));
        }
        if (weekly < 0 || weekly > 520) {
            throw new ValidationException("backupWeekly", I18n.t("validation.backup.weekly"));
        }
        settings.put(BACKUP_DAILY, Integer.toString(daily));
        settings.put(BACKUP_WEEKLY, Integer.toString(weekly));
    }

    private int number(String key, int fallback) {
        try {
            return settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
