package dev.rapport.logic;

import dev.rapport.model.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingTimeTest {
    private static Instant at(String local, String zone) {
        return LocalDateTime.parse(local).atZone(ZoneId.of(zone)).toInstant();
    }

    @ParameterizedTest(name = "{0} → {1} in {2}: {3} min")
    @CsvSource({
            // inside one working day
            "2026-11-24T10:00, 2026-11-24T12:30, Europe/Vilnius, 150",
            // before opening and after closing only count the window
            "2026-11-24T07:00, 2026-11-24T20:00, Europe/Vilnius, 540",
            // over a weekend: Friday 17:00 → Monday 10:00 = 1 h + 1 h
            "2026-11-20T17:00, 2026-11-23T10:00, Europe/Vilnius, 120",
            // a night: 18:30 → 08:00 next day counts nothing
            "2026-11-24T18:30, 2026-11-25T08:00, Europe/Vilnius, 0",
            // summer time ends (Sunday 25 Oct 2026): Friday 17:00 → Monday 10:00 still 2 working hours
            "2026-10-23T17:00, 2026-10-26T10:00, Europe/London, 120",
    })
    void workingMinutesBetweenTwoTimes(String from, String to, String zone, long minutes) {
        WorkingHours hours = WorkingHours.defaults(ZoneId.of(zone));
        assertThat(WorkingTime.between(at(from, zone), at(to, zone), hours, false)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @Test
    void roundTheClockCountsTheRealHoursAcrossTheSummerTimeChange() {
        ZoneId vilnius = ZoneId.of("Europe/Vilnius");
        // 29 March 2026 03:00 local jumps to 04:00: 00:00 → 06:00 is five real hours.
        Instant from = at("2026-03-29T00:00", "Europe/Vilnius");
        Instant to = at("2026-03-29T06:00", "Europe/Vilnius");
        assertThat(WorkingTime.between(from, to, WorkingHours.defaults(vilnius), true)).isEqualTo(Duration.ofHours(5));
    }

    @Test
    void aClientInAnotherZoneIsMeasuredInTheConsultantsHours() {
        // The consultant works in Vilnius (UTC+2 in November); a London client writes at 08:00 London = 10:00 Vilnius.
        WorkingHours hours = WorkingHours.defaults(ZoneId.of("Europe/Vilnius"));
        Instant received = at("2026-11-24T08:00", "Europe/London");
        Instant answered = at("2026-11-24T09:00", "Europe/London");
        assertThat(WorkingTime.between(received, answered, hours, false)).isEqualTo(Duration.ofHours(1));
        // 16:00 London is 18:00 in Vilnius: the consultant's day is over, so nothing more counts until 09:00.
        assertThat(WorkingTime.between(at("2026-11-24T16:00", "Europe/London"), at("2026-11-25T07:30", "Europe/London"), hours, false))
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theDeadlineSkipsNightsAndWeekends() {
        WorkingHours hours = WorkingHours.defaults(ZoneId.of("Europe/Vilnius"));
        Instant friday = at("2026-11-20T17:00", "Europe/Vilnius");
        assertThat(WorkingTime.plus(friday, Duration.ofHours(2), hours, false)).isEqualTo(at("2026-11-23T10:00", "Europe/Vilnius"));
        assertThat(WorkingTime.plus(friday, Duration.ofHours(24), hours, false)).isEqualTo(at("2026-11-25T14:00", "Europe/Vilnius"));
        assertThat(WorkingTime.plus(friday, Duration.ofHours(2), hours, true)).isEqualTo(at("2026-11-20T19:00", "Europe/Vilnius"));
        Instant saturday = at("2026-11-21T01:00", "Europe/Vilnius");
        assertThat(WorkingTime.plus(saturday, Duration.ofHours(2), hours, false)).isEqualTo(at("2026-11-23T11:00", "Europe/Vilnius"));
    }
}
