package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting that travels with the journal, typed and with its default. It is read from the
 * journal's key-value settings in one place ({@link #read}); a stored value that does not parse
 * falls back to its default. The {@code with…} methods check a new value and name the field when
 * it is out of range; {@link #changesFrom} gives the stored keys and texts a change writes.
 */
public record JournalSettings(Rhythm defaultRhythm, int backupsDaily, int backupsWeekly, int healthNorm, int throttleDays,
                              int trendReviews, int acknowledgeHours, int talkHours, WorkingHours workingHours,
                              boolean noticesEnabled, int autoLockMinutes, int calendarAlarmDays, LocalTime calendarAlarmTime,
                              List<String> mailFolders) {
    public static final String RHYTHM_IDEAL = "rhythm.defaultIdealDays";
    public static final String RHYTHM_MAX = "rhythm.defaultMaxDays";
    public static final String BACKUP_DAILY = "backup.keepDaily";
    public static final String BACKUP_WEEKLY = "backup.keepWeekly";
    public static final String NORM = "health.norm";
    public static final String THROTTLE = "health.throttleDays";
    public static final String TREND = "health.trendReviews";
    public static final String ACKNOWLEDGE = "followUp.acknowledgeHours";
    public static final String TALK = "followUp.talkHours";
    public static final String WORK_ZONE = "workingHours.zone";
    public static final String WORK_DAYS = "workingHours.days";
    public static final String WORK_START = "workingHours.start";
    public static final String WORK_END = "workingHours.end";
    public static final String NOTICES = "notifications.enabled";
    public static final String AUTO_LOCK = "security.autoLockMinutes";
    public static final String ALARM_DAYS = "calendar.alarmDaysBefore";
    public static final String ALARM_TIME = "calendar.alarmTime";
    /** The local mail folders read for new mail (mbox files, Maildirs, a Thunderbird profile), one path a line. */
    public static final String MAIL_FOLDERS = "mail.folders";
    /** What each mail folder held when it was last read whole (kept raw, by the folder check; not a typed setting). */
    public static final String MAIL_FOLDERS_READ = "mail.folders.read";

    public static final int DEFAULT_BACKUPS_DAILY = 7;
    public static final int DEFAULT_BACKUPS_WEEKLY = 4;
    /** The satisfaction norm in percent (DOMAIN §7): 95 unless set, settable 90–99. */
    public static final int DEFAULT_NORM = 95;
    public static final int MIN_NORM = 90;
    public static final int MAX_NORM = 99;
    public static final int DEFAULT_THROTTLE_DAYS = 90;
    public static final int DEFAULT_TREND_REVIEWS = 5;
    public static final int DEFAULT_ACKNOWLEDGE_HOURS = 24;
    public static final int DEFAULT_TALK_HOURS = 48;
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 10;
    public static final int DEFAULT_ALARM_DAYS = 1;
    public static final LocalTime DEFAULT_ALARM_TIME = LocalTime.of(9, 0);
    public static final int MAX_ALARM_DAYS = 60;
    public static final int MAX_MAIL_FOLDERS = 50;

    public JournalSettings {
        Objects.requireNonNull(defaultRhythm, "defaultRhythm");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(calendarAlarmTime, "calendarAlarmTime");
        mailFolders = mailFolders == null ? List.of() : List.copyOf(mailFolders);
    }

    /** Every setting at its default; working hours in the given zone. */
    public static JournalSettings defaults(ZoneId zone) {
        return new JournalSettings(Rhythm.DEFAULT, DEFAULT_BACKUPS_DAILY, DEFAULT_BACKUPS_WEEKLY, DEFAULT_NORM,
                DEFAULT_THROTTLE_DAYS, DEFAULT_TREND_REVIEWS, DEFAULT_ACKNOWLEDGE_HOURS, DEFAULT_TALK_HOURS,
                WorkingHours.defaults(zone), true, DEFAULT_AUTO_LOCK_MINUTES, DEFAULT_ALARM_DAYS, DEFAULT_ALARM_TIME, List.of());
    }

    /**
     * The settings from the stored keys and texts. A missing or unreadable value takes its
     * default; working hours without a stored zone are in {@code zone} (the session clock's).
     */
    public static JournalSettings read(Map<String, String> stored, ZoneId zone) {
        JournalSettings d = defaults(zone);
        Function<String, Optional<String>> get = key -> Optional.ofNullable(stored.get(key)).map(String::strip);
        Rhythm rhythm = d.defaultRhythm;
        try {
            rhythm = new Rhythm(number(get, RHYTHM_IDEAL, Rhythm.DEFAULT.idealDays()), number(get, RHYTHM_MAX, Rhythm.DEFAULT.maxDays()));
        } catch (ValidationException e) {
            // a pair that no longer fits together: the default rhythm
        }
        int autoLock = number(get, AUTO_LOCK, DEFAULT_AUTO_LOCK_MINUTES);
        int alarmDays = number(get, ALARM_DAYS, DEFAULT_ALARM_DAYS);
        Optional<LocalTime> alarmAt = time(get, ALARM_TIME);
        boolean alarmReadable = alarmDays >= 0 && alarmDays <= MAX_ALARM_DAYS && get.apply(ALARM_TIME).map(t -> alarmAt.isPresent()).orElse(true);
        return new JournalSettings(rhythm,
                number(get, BACKUP_DAILY, DEFAULT_BACKUPS_DAILY), number(get, BACKUP_WEEKLY, DEFAULT_BACKUPS_WEEKLY),
                number(get, NORM, DEFAULT_NORM), number(get, THROTTLE, DEFAULT_THROTTLE_DAYS), number(get, TREND, DEFAULT_TREND_REVIEWS),
                number(get, ACKNOWLEDGE, DEFAULT_ACKNOWLEDGE_HOURS), number(get, TALK, DEFAULT_TALK_HOURS),
                workingHours(get, zone),
                get.apply(NOTICES).map(v -> !v.equals("false")).orElse(true),
                autoLock >= 0 ? autoLock : DEFAULT_AUTO_LOCK_MINUTES,
                alarmReadable ? alarmDays : DEFAULT_ALARM_DAYS,
                alarmReadable ? alarmAt.orElse(DEFAULT_ALARM_TIME) : DEFAULT_ALARM_TIME,
                get.apply(MAIL_FOLDERS).map(JournalSettings::folders).orElse(List.of()));
    }

    /** The stored keys and texts that turn {@code before} into these settings; unchanged settings are not written. */
    public Map<String, String> changesFrom(JournalSettings before) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!defaultRhythm.equals(before.defaultRhythm)) {
            out.put(RHYTHM_IDEAL, Integer.toString(defaultRhythm.idealDays()));
            out.put(RHYTHM_MAX, Integer.toString(defaultRhythm.maxDays()));
        }
        if (backupsDaily != before.backupsDaily || backupsWeekly != before.backupsWeekly) {
            out.put(BACKUP_DAILY, Integer.toString(backupsDaily));
            out.put(BACKUP_WEEKLY, Integer.toString(backupsWeekly));
        }
        changed(out, NORM, healthNorm, before.healthNorm);
        changed(out, THROTTLE, throttleDays, before.throttleDays);
        changed(out, TREND, trendReviews, before.trendReviews);
        if (acknowledgeHours != before.acknowledgeHours || talkHours != before.talkHours) {
            out.put(ACKNOWLEDGE, Integer.toString(acknowledgeHours));
            out.put(TALK, Integer.toString(talkHours));
        }
        if (!workingHours.equals(before.workingHours)) {
            out.putAll(workingHoursStored());
        }
        if (noticesEnabled != before.noticesEnabled) {
            out.put(NOTICES, Boolean.toString(noticesEnabled));
        }
        changed(out, AUTO_LOCK, autoLockMinutes, before.autoLockMinutes);
        if (calendarAlarmDays != before.calendarAlarmDays || !calendarAlarmTime.equals(before.calendarAlarmTime)) {
            out.put(ALARM_DAYS, Integer.toString(calendarAlarmDays));
            out.put(ALARM_TIME, calendarAlarmTime.toString());
        }
        if (!mailFolders.equals(before.mailFolders)) {
            out.put(MAIL_FOLDERS, String.join("\n", mailFolders));
        }
        return out;
    }

    /** The stored keys and texts of the working hours, zone included. */
    public Map<String, String> workingHoursStored() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(WORK_ZONE, workingHours.zone().getId());
        out.put(WORK_DAYS, workingHours.days().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        out.put(WORK_START, workingHours.start().toString());
        out.put(WORK_END, workingHours.end().toString());
        return out;
    }

    // ---- changes, each checked

    public JournalSettings withDefaultRhythm(Rhythm rhythm) {
        return new JournalSettings(Objects.requireNonNull(rhythm), backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    /** How many daily (1–365) and weekly (0–520) automatic backups are kept. */
    public JournalSettings withBackupsKept(int daily, int weekly) {
        if (daily < 1 || daily > 365) {
            throw new ValidationException("backupDaily", I18n.t("validation.backup.daily"));
        }
        if (weekly < 0 || weekly > 520) {
            throw new ValidationException("backupWeekly", I18n.t("validation.backup.weekly"));
        }
        return new JournalSettings(defaultRhythm, daily, weekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    public JournalSettings withHealthNorm(int percent) {
        if (percent < MIN_NORM || percent > MAX_NORM) {
            throw new ValidationException("norm", I18n.t("validation.health.norm", Integer.toString(MIN_NORM),
                    Integer.toString(MAX_NORM), Integer.toString(percent)));
        }
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, percent, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    /** Do not ask the same contact again within this many days (0 = always ask; at most ten years). */
    public JournalSettings withThrottleDays(int days) {
        if (days < 0 || days > 3650) {
            throw new ValidationException("throttleDays", I18n.t("validation.health.throttleDays", Integer.toString(days)));
        }
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, days, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    /** The follow-up targets in hours: acknowledge within 1–720, talk within acknowledge–720. */
    public JournalSettings withFollowUpTargets(int acknowledge, int talk) {
        if (acknowledge < 1 || acknowledge > 720) {
            throw new ValidationException("acknowledgeHours", I18n.t("validation.followUp.acknowledgeHours", Integer.toString(acknowledge)));
        }
        if (talk < acknowledge || talk > 720) {
            throw new ValidationException("talkHours", I18n.t("validation.followUp.talkHours", Integer.toString(acknowledge),
                    Integer.toString(talk)));
        }
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledge, talk, workingHours, noticesEnabled, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    public JournalSettings withWorkingHours(WorkingHours hours) {
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, Objects.requireNonNull(hours), noticesEnabled, autoLockMinutes, calendarAlarmDays,
                calendarAlarmTime, mailFolders);
    }

    public JournalSettings withNoticesEnabled(boolean on) {
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, on, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    /** Minutes without input before an encrypted journal locks; 0 never locks. */
    public JournalSettings withAutoLockMinutes(int minutes) {
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, Math.max(0, minutes), calendarAlarmDays, calendarAlarmTime, mailFolders);
    }

    /** The calendar export's alarm: 0–60 days before the date, at a time of day (minutes only). */
    public JournalSettings withCalendarAlarm(int daysBefore, LocalTime at) {
        if (daysBefore < 0 || daysBefore > MAX_ALARM_DAYS) {
            throw new ValidationException("alarmDays", I18n.t("calendar.alarm.days"));
        }
        LocalTime minutes = (at == null ? DEFAULT_ALARM_TIME : at).withSecond(0).withNano(0);
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, autoLockMinutes, daysBefore, minutes, mailFolders);
    }

    /**
     * The local mail folders to read new mail from, each named once (blank ones left out), at most
     * {@link #MAX_MAIL_FOLDERS}; a path is kept as written (it names a folder on this computer).
     */
    public JournalSettings withMailFolders(List<String> folders) {
        List<String> chosen = folders(String.join("\n", folders));
        if (chosen.size() > MAX_MAIL_FOLDERS) {
            throw new ValidationException("mailFolders", I18n.t("mailFolders.error.tooMany", Integer.toString(MAX_MAIL_FOLDERS)));
        }
        return new JournalSettings(defaultRhythm, backupsDaily, backupsWeekly, healthNorm, throttleDays, trendReviews,
                acknowledgeHours, talkHours, workingHours, noticesEnabled, autoLockMinutes, calendarAlarmDays, calendarAlarmTime, chosen);
    }

    // ---- reading

    private static List<String> folders(String stored) {
        return stored.lines().map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
    }

    private static void changed(Map<String, String> out, String key, int now, int before) {
        if (now != before) {
            out.put(key, Integer.toString(now));
        }
    }

    private static int number(Function<String, Optional<String>> get, String key, int fallback) {
        try {
            return get.apply(key).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Optional<LocalTime> time(Function<String, Optional<String>> get, String key) {
        try {
            return get.apply(key).map(LocalTime::parse).map(t -> t.withSecond(0).withNano(0));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The working hours as stored; any part that does not read gives the default hours in {@code zone}. */
    private static WorkingHours workingHours(Function<String, Optional<String>> get, ZoneId zone) {
        try {
            ZoneId z = get.apply(WORK_ZONE).map(ZoneId::of).orElse(zone);
            EnumSet<DayOfWeek> days = get.apply(WORK_DAYS).filter(s -> !s.isBlank())
                    .map(s -> Arrays.stream(s.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))))
                    .orElse(EnumSet.copyOf(WorkingHours.WEEKDAYS));
            LocalTime start = get.apply(WORK_START).map(LocalTime::parse).orElse(LocalTime.of(9, 0));
            LocalTime end = get.apply(WORK_END).map(LocalTime::parse).orElse(LocalTime.of(18, 0));
            return new WorkingHours(z, days, start, end);
        } catch (java.time.DateTimeException | IllegalArgumentException | ValidationException e) {
            return WorkingHours.defaults(zone);
        }
    }
}
