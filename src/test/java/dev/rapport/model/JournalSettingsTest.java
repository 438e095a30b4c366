package dev.rapport.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The journal's settings read from their stored keys and texts, with defaults, and the keys a change writes. */
class JournalSettingsTest {
    static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    private static JournalSettings read(String... keysAndValues) {
        Map<String, String> stored = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            stored.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return JournalSettings.read(stored, VILNIUS);
    }

    @Test
    void nothingStoredGivesTheDefaultsOfTheDomain() {
        JournalSettings s = read();
        assertThat(s.defaultRhythm()).isEqualTo(new Rhythm(14, 30));
        assertThat(s.backupsDaily()).isEqualTo(7);
        assertThat(s.backupsWeekly()).isEqualTo(4);
        assertThat(s.healthNorm()).isEqualTo(95);
        assertThat(s.throttleDays()).isEqualTo(90);
        assertThat(s.trendReviews()).isEqualTo(5);
        assertThat(s.acknowledgeHours()).isEqualTo(24);
        assertThat(s.talkHours()).isEqualTo(48);
        assertThat(s.workingHours()).isEqualTo(new WorkingHours(VILNIUS, WorkingHours.WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0)));
        assertThat(s.noticesEnabled()).isTrue();
        assertThat(s.autoLockMinutes()).isEqualTo(10);
        assertThat(s.calendarAlarmDays()).isEqualTo(1);
        assertThat(s.calendarAlarmTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(s).isEqualTo(JournalSettings.defaults(VILNIUS));
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL, 10", "5, 5", "' 30 ', 30", "0, 0", "-3, 10", "soon, 10"}, nullValues = "NULL")
    void theIdleMinutesComeFromTheSettingWithTenAsDefault(String stored, int minutes) {
        JournalSettings s = stored == null ? read() : read(JournalSettings.AUTO_LOCK, stored);
        assertThat(s.autoLockMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @CsvSource({"health.norm, 92, 92", "health.norm, ninety, 95", "health.throttleDays, ' 0 ', 0", "health.trendReviews, 3, 3",
            "followUp.acknowledgeHours, 12, 12", "followUp.talkHours, x, 48", "backup.keepDaily, 10, 10", "backup.keepWeekly, '', 4"})
    void aWholeNumberIsReadAndAnythingElseTakesTheDefault(String key, String stored, int expected) {
        JournalSettings s = read(key, stored);
        Map<String, Integer> numbers = Map.of("health.norm", s.healthNorm(), "health.throttleDays", s.throttleDays(),
                "health.trendReviews", s.trendReviews(), "followUp.acknowledgeHours", s.acknowledgeHours(),
                "followUp.talkHours", s.talkHours(), "backup.keepDaily", s.backupsDaily(), "backup.keepWeekly", s.backupsWeekly());
        assertThat(numbers.get(key)).isEqualTo(expected);
    }

    @Test
    void storedWorkingHoursAreReadAndADamagedPartGivesTheDefaultHoursInTheClocksZone() {
        JournalSettings s = read("workingHours.zone", "Europe/Bucharest", "workingHours.days", "MONDAY,TUESDAY",
                "workingHours.start", "08:00", "workingHours.end", "16:30");
        assertThat(s.workingHours()).isEqualTo(new WorkingHours(ZoneId.of("Europe/Bucharest"),
                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), LocalTime.of(8, 0), LocalTime.of(16, 30)));

        assertThat(read("workingHours.zone", "Mars/Olympus").workingHours()).isEqualTo(WorkingHours.defaults(VILNIUS));
        assertThat(read("workingHours.start", "19:00").workingHours()).as("ends before it starts")
                .isEqualTo(WorkingHours.defaults(VILNIUS));
    }

    @Test
    void aRhythmPairThatNoLongerFitsGivesTheDefaultRhythm() {
        assertThat(read("rhythm.defaultIdealDays", "7", "rhythm.defaultMaxDays", "21").defaultRhythm()).isEqualTo(new Rhythm(7, 21));
        assertThat(read("rhythm.defaultIdealDays", "40").defaultRhythm()).as("ideal 40 over the default max 30")
                .isEqualTo(Rhythm.DEFAULT);
    }

    @Test
    void noticesAreOffOnlyWhenStoredAsFalse() {
        assertThat(read("notifications.enabled", "false").noticesEnabled()).isFalse();
        assertThat(read("notifications.enabled", " false ").noticesEnabled()).isFalse();
        assertThat(read("notifications.enabled", "true").noticesEnabled()).isTrue();
    }

    @Test
    void anAlarmOutOfRangeOrUnreadableIsTheDayBeforeAtNine() {
        JournalSettings set = read("calendar.alarmDaysBefore", "2", "calendar.alarmTime", "08:30");
        assertThat(set.calendarAlarmDays()).isEqualTo(2);
        assertThat(set.calendarAlarmTime()).isEqualTo(LocalTime.of(8, 30));
        JournalSettings tooFar = read("calendar.alarmDaysBefore", "61", "calendar.alarmTime", "08:30");
        assertThat(tooFar.calendarAlarmDays()).isEqualTo(1);
        assertThat(tooFar.calendarAlarmTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(read("calendar.alarmTime", "half past eight").calendarAlarmTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aChangeWritesOnlyItsOwnKeysInTheFormTheyWereAlwaysStoredIn() {
        JournalSettings before = JournalSettings.defaults(VILNIUS);
        assertThat(before.changesFrom(before)).isEmpty();
        assertThat(before.withHealthNorm(92).changesFrom(before)).containsExactly(entry("health.norm", "92"));
        assertThat(before.withFollowUpTargets(12, 36).changesFrom(before))
                .containsExactly(entry("followUp.acknowledgeHours", "12"), entry("followUp.talkHours", "36"));
        assertThat(before.withBackupsKept(10, 2).changesFrom(before))
                .containsExactly(entry("backup.keepDaily", "10"), entry("backup.keepWeekly", "2"));
        assertThat(before.withDefaultRhythm(new Rhythm(7, 21)).changesFrom(before))
                .containsExactly(entry("rhythm.defaultIdealDays", "7"), entry("rhythm.defaultMaxDays", "21"));
        assertThat(before.withNoticesEnabled(false).changesFrom(before)).containsExactly(entry("notifications.enabled", "false"));
        assertThat(before.withAutoLockMinutes(0).changesFrom(before)).containsExactly(entry("security.autoLockMinutes", "0"));
        assertThat(before.withCalendarAlarm(2, LocalTime.of(8, 30)).changesFrom(before))
                .containsExactly(entry("calendar.alarmDaysBefore", "2"), entry("calendar.alarmTime", "08:30"));
        WorkingHours hours = new WorkingHours(ZoneId.of("Europe/Kyiv"), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.MONDAY),
                LocalTime.of(8, 0), LocalTime.of(17, 0));
        assertThat(before.withWorkingHours(hours).changesFrom(before)).containsExactly(entry("workingHours.zone", "Europe/Kyiv"),
                entry("workingHours.days", "MONDAY,TUESDAY"), entry("workingHours.start", "08:00"), entry("workingHours.end", "17:00"));
    }

    @Test
    void whatAChangeWritesReadsBackAsTheSameSettings() {
        JournalSettings before = JournalSettings.defaults(VILNIUS);
        JournalSettings after = before.withHealthNorm(90).withThrottleDays(0).withFollowUpTargets(2, 2).withBackupsKept(1, 0)
                .withDefaultRhythm(new Rhythm(3, 3)).withNoticesEnabled(false).withAutoLockMinutes(240)
                .withCalendarAlarm(0, LocalTime.of(7, 15)).withWorkingHours(WorkingHours.defaults(ZoneId.of("Europe/Bucharest")));
        assertThat(JournalSettings.read(after.changesFrom(before), VILNIUS)).isEqualTo(after);
    }

    @ParameterizedTest
    @CsvSource({"89, norm", "100, norm"})
    void aNormOutsideNinetyToNinetyNineIsRefusedNamingTheField(int percent, String field) {
        assertThatThrownBy(() -> JournalSettings.defaults(VILNIUS).withHealthNorm(percent))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void outOfRangeChangesAreRefusedNamingTheField() {
        JournalSettings s = JournalSettings.defaults(VILNIUS);
        assertThatThrownBy(() -> s.withThrottleDays(-1)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("throttleDays"));
        assertThatThrownBy(() -> s.withFollowUpTargets(24, 12)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("talkHours"));
        assertThatThrownBy(() -> s.withFollowUpTargets(0, 12)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("acknowledgeHours"));
        assertThatThrownBy(() -> s.withBackupsKept(0, 4)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("backupDaily"));
        assertThatThrownBy(() -> s.withBackupsKept(7, 521)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("backupWeekly"));
        assertThatThrownBy(() -> s.withCalendarAlarm(61, LocalTime.NOON)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("alarmDays"));
    }
}
