package dev.rapport.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.model.RapportException;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarOccurrencesTest {
    private static final ZoneId VILNIUS = ZoneId.of("Europe/Vilnius");

    private static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + String.join("", events) + "END:VCALENDAR\r\n";
    }

    private static String event(String... lines) {
        return "BEGIN:VEVENT\r\n" + String.join("\r\n", lines) + "\r\nEND:VEVENT\r\n";
    }

    private static List<CalendarOccurrences.Occurrence> read(String ics, String from, String to) {
        return CalendarOccurrences.between(ics, ZonedDateTime.parse(from).withZoneSameInstant(VILNIUS),
                ZonedDateTime.parse(to).withZoneSameInstant(VILNIUS));
    }

    @Test
    void aWeeklyMeetingKeepsItsLocalTimeAcrossTheEndOfSummerTime() {
        // Summer time ends in Vilnius on Sunday 25 October 2026: 10:00 local is 07:00Z before, 08:00Z after.
        String ics = calendar(event("UID:weekly-1", "SUMMARY:Steering group",
                "DTSTART;TZID=Europe/Vilnius:20261019T100000", "DTEND;TZID=Europe/Vilnius:20261019T110000",
                "RRULE:FREQ=WEEKLY;COUNT=4", "ATTENDEE;CN=Ona Petraitė:mailto:Ona@Northwind.example"));
        List<CalendarOccurrences.Occurrence> found = read(ics, "2026-10-18T00:00:00Z", "2026-11-30T00:00:00Z");
        assertEquals(List.of(Instant.parse("2026-10-19T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"),
                Instant.parse("2026-11-02T08:00:00Z"), Instant.parse("2026-11-09T08:00:00Z")),
                found.stream().map(o -> o.start().toInstant()).toList());
        assertEquals(List.of(10, 10, 10, 10), found.stream().map(o -> o.start().withZoneSameInstant(VILNIUS).getHour()).toList());
        assertEquals(VILNIUS, found.get(1).start().getZone(), "each occurrence keeps the zone it was written in");
        assertEquals(Instant.parse("2026-10-26T09:00:00Z"), found.get(1).end().toInstant());
        assertEquals(List.of(new CalendarOccurrences.Person("ona@northwind.example", "Ona Petraitė")), found.get(0).people());
        assertEquals("weekly-1@2026-10-26T08:00:00Z", found.get(1).key());
    }

    @Test
    void aMovedOccurrenceReplacesTheOneItMovesAndACancelledOneIsLeftOut() {
        String ics = calendar(
                event("UID:standup", "SUMMARY:Stand-up", "DTSTART;TZID=Europe/Vilnius:20261207T090000",
                        "DTEND;TZID=Europe/Vilnius:20261207T091500", "RRULE:FREQ=DAILY;COUNT=5"),
                event("UID:standup", "RECURRENCE-ID;TZID=Europe/Vilnius:20261208T090000", "SUMMARY:Stand-up (late)",
                        "DTSTART;TZID=Europe/Vilnius:20261208T113000", "DTEND;TZID=Europe/Vilnius:20261208T114500"),
                event("UID:standup", "RECURRENCE-ID;TZID=Europe/Vilnius:20261209T090000", "STATUS:CANCELLED",
                        "DTSTART;TZID=Europe/Vilnius:20261209T090000"));
        List<CalendarOccurrences.Occurrence> found = read(ics, "2026-12-07T00:00:00Z", "2026-12-31T00:00:00Z");
        assertEquals(List.of("2026-12-07T09:00", "2026-12-08T11:30", "2026-12-10T09:00", "2026-12-11T09:00"),
                found.stream().map(o -> o.start().toLocalDateTime().toString()).toList());
        assertEquals("Stand-up (late)", found.get(1).summary());
        assertEquals(Instant.parse("2026-12-08T07:00:00Z"), found.get(1).recurrence(), "known by the start it was moved from");
    }

    @Test
    void excludedDatesAndCancelledEventsAreLeftOutAndTheWindowHolds() {
        String ics = calendar(
                event("UID:r", "SUMMARY:Review", "DTSTART:20261207T120000Z", "DTEND:20261207T130000Z",
                        "RRULE:FREQ=WEEKLY", "EXDATE:20261214T120000Z"),
                event("UID:gone", "SUMMARY:Called off", "STATUS:CANCELLED", "DTSTART:20261208T120000Z"),
                event("UID:single", "SUMMARY:Kick-off", "DTSTART:20261209T080000Z", "DTEND:20261209T090000Z"),
                event("SUMMARY:no uid", "DTSTART:20261209T080000Z"));
        List<CalendarOccurrences.Occurrence> found = read(ics, "2026-12-07T00:00:00Z", "2026-12-22T00:00:00Z");
        assertEquals(List.of("r@2026-12-07T12:00:00Z", "single", "r@2026-12-21T12:00:00Z"),
                found.stream().map(CalendarOccurrences.Occurrence::key).toList());
        assertNull(found.get(1).recurrence());
    }

    @Test
    void aMeetingStillGoingOnWhenTheWindowOpensIsIn() {
        String ics = calendar(event("UID:long", "SUMMARY:Workshop", "DTSTART:20261207T080000Z", "DTEND:20261207T160000Z"));
        assertEquals(1, read(ics, "2026-12-07T12:00:00Z", "2026-12-08T00:00:00Z").size());
        assertEquals(0, read(ics, "2026-12-07T17:00:00Z", "2026-12-08T00:00:00Z").size());
    }

    @Test
    void aBrokenBodyIsRefusedInWords() {
        assertThrows(RapportException.class, () -> read("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n",
                "2026-12-07T00:00:00Z", "2026-12-08T00:00:00Z"));
    }
}
