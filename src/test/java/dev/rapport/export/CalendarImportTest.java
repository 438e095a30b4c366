package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.KeyPattern;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Meeting;
import dev.rapport.model.TodayItem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.rapport.export.JsonExportTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Issue 8: planned meetings from a calendar (.ics), Today's "meetings this week without a brief", dates with alarms out. */
class CalendarImportTest {
    @TempDir
    Path dir;

    static byte[] sample() {
        try (InputStream in = CalendarImportTest.class.getResourceAsStream("calendar.ics")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A journal with the people of the Monica sample (Šarūnas, Olena, Rasa). */
    static JournalSession withPeople(Path file) {
        JournalSession s = JournalSession.open(file, CLOCK);
        new DataExchange(s.data()).apply(new DataExchange(s.data()).readMonicaJson(new ByteArrayInputStream(MonicaImportTest.sample()), null));
        return s;
    }

    @Test
    void upcomingEventsWithAContactBecomeMeetingsAtTheirClient() {
        try (JournalSession s = withPeople(dir.resolve("j.rapport"))) {
            CalendarImport.Plan plan = new DataExchange(s.data()).readIcs(new ByteArrayInputStream(sample()));
            // the clock is 2026-11-25 10:00 UTC and the journal's time zone UTC; an event written in Vilnius keeps
            // its zone and wall-clock time (its instant is the same moment), one written in UTC takes the machine's zone
            assertThat(plan.meetings()).extracting(Meeting::title, Meeting::startsAt, Meeting::endsAt, m -> m.zone().getId(),
                    Meeting::startsInstant).containsExactly(
                    tuple("Fleet programme steering committee", LocalDateTime.of(2026, 11, 27, 14, 0), LocalDateTime.of(2026, 11, 27, 15, 30),
                            "Europe/Vilnius", Instant.parse("2026-11-27T12:00:00Z")),
                    tuple("Weekly partner call", LocalDateTime.of(2026, 11, 30, 9, 0), LocalDateTime.of(2026, 11, 30, 9, 30),
                            "Europe/Vilnius", Instant.parse("2026-11-30T07:00:00Z")),
                    tuple("Supplier audit kick-off", LocalDateTime.of(2026, 12, 1, 9, 0), LocalDateTime.of(2026, 12, 1, 10, 0),
                            "Z", Instant.parse("2026-12-01T09:00:00Z")),
                    tuple("Board preparation", LocalDateTime.of(2026, 12, 15, 10, 0), LocalDateTime.of(2026, 12, 15, 11, 30),
                            "Europe/Vilnius", Instant.parse("2026-12-15T08:00:00Z")));
            // Olena organised the audit from another address: matched by her name
            assertThat(plan.meetings().get(2).contactIds()).hasSize(1);
            assertThat(plan.added()).isEqualTo(4);
            assertThat(plan.past()).isEqualTo(1);
            assertThat(plan.withoutContact()).isEqualTo(1);
            assertThat(plan.cancelled()).isEqualTo(1);
            assertThat(plan.describe()).startsWith("Planned meetings: 4 new meetings, 0 meetings updated.")
                    .contains("2026-11-27 14:00 (Vilnius)  Fleet programme steering committee — Baltic Freight Lines (Šarūnas Žemaitis)")
                    .contains("Left out: 1 past, 1 without a contact among the attendees, 1 cancelled.");
            assertThat(s.meetings().thisWeek()).isEmpty();
            new DataExchange(s.data()).apply(plan);
            assertThat(s.meetings().thisWeek()).extracting(Meeting::title)
                    .containsExactly("Fleet programme steering committee", "Weekly partner call", "Supplier audit kick-off");
            assertThat(s.meetings().thisWeek().get(0).location()).isEqualTo("Baltic Freight Lines, Konstitucijos pr. 7, Vilnius");
        }
    }

    @Test
    void importingTheSameCalendarAgainUpdatesByUidWithoutDoubles() {
        try (JournalSession s = withPeople(dir.resolve("j.rapport"))) {
            new DataExchange(s.data()).apply(new DataExchange(s.data()).readIcs(new ByteArrayInputStream(sample())));
            long baltic = s.clients().byName("Baltic Freight Lines").id();
            assertThat(s.meetings().briefOpened(baltic)).isEqualTo(1);
            String moved = new String(sample(), StandardCharsets.UTF_8)
                    .replace("DTSTART;TZID=Europe/Vilnius:20261127T140000", "DTSTART;TZID=Europe/Vilnius:20261127T150000")
                    .replace("SUMMARY:Fleet programme steering committee", "SUMMARY:Steering committee (moved)");
            CalendarImport.Plan again = new DataExchange(s.data()).readIcs(new ByteArrayInputStream(moved.getBytes(StandardCharsets.UTF_8)));
            assertThat(again.added()).isZero();
            assertThat(again.updated()).isEqualTo(4);
            new DataExchange(s.data()).apply(again);
            List<Meeting> week = s.meetings().thisWeek();
            assertThat(week).hasSize(3);
            assertThat(week.get(0).title()).isEqualTo("Steering committee (moved)");
            assertThat(week.get(0).startsAt()).isEqualTo(LocalDateTime.of(2026, 11, 27, 15, 0));
            assertThat(week.get(0).startsInstant()).isEqualTo(Instant.parse("2026-11-27T13:00:00Z"));
            // the brief opened before the update still counts
            assertThat(week.get(0).briefed()).isTrue();
        }
    }

    @Test
    void theJsonExportCarriesTheMeetingsAndGivesThemBack() {
        byte[] first;
        try (JournalSession s = withPeople(dir.resolve("j.rapport"))) {
            new DataExchange(s.data()).apply(new DataExchange(s.data()).readIcs(new ByteArrayInputStream(sample())));
            s.meetings().briefOpened(s.clients().byName("Dnipro Foods").id());
            first = JsonExportTest.export(s);
            assertThat(new String(first, StandardCharsets.UTF_8)).contains("\"meeting\":[").contains("\"meeting_contact\":[")
                    .contains("\"briefed_at\":\"2026-11-25T10:00:00Z\"");
        }
        try (JournalSession empty = JournalSession.open(dir.resolve("empty.rapport"), CLOCK)) {
            new DataExchange(empty.data()).apply(new DataExchange(empty.data()).readJson(new ByteArrayInputStream(first)), false, false, n -> { });
            assertThat(JsonExportTest.export(empty)).isEqualTo(first);
            assertThat(empty.meetings().thisWeek()).extracting(Meeting::briefed).containsExactly(false, false, true);
        }
    }

    @Test
    void todayListsThisWeeksMeetingsWithoutABriefUntilTheBriefIsOpened() {
        try (JournalSession s = withPeople(dir.resolve("j.rapport"))) {
            new DataExchange(s.data()).apply(new DataExchange(s.data()).readIcs(new ByteArrayInputStream(sample())));
            List<TodayItem> meetings = meetingItems(s);
            assertThat(meetings).extracting(TodayItem::group, TodayItem::clientName, TodayItem::title, TodayItem::detail).containsExactly(
                    tuple(TodayItem.Group.THIS_WEEK, "Baltic Freight Lines", "Fleet programme steering committee",
                            "Meeting on " + dev.rapport.i18n.I18n.date(LocalDate.of(2026, 11, 27)) + " at 14:00 (Vilnius) · no brief yet"),
                    tuple(TodayItem.Group.THIS_WEEK, "Vilnius Advisory Group", "Weekly partner call",
                            "Meeting on " + dev.rapport.i18n.I18n.date(LocalDate.of(2026, 11, 30)) + " at 09:00 (Vilnius) · no brief yet"),
                    tuple(TodayItem.Group.THIS_WEEK, "Dnipro Foods", "Supplier audit kick-off",
                            "Meeting on " + dev.rapport.i18n.I18n.date(LocalDate.of(2026, 12, 1)) + " at 09:00 · no brief yet"));
            s.meetings().briefOpened(s.clients().byName("Dnipro Foods").id());
            assertThat(meetingItems(s)).extracting(TodayItem::title)
                    .containsExactly("Fleet programme steering committee", "Weekly partner call");
        }
    }

    private static List<TodayItem> meetingItems(JournalSession s) {
        return s.todayList().today().items().stream().filter(i -> i.kind() == TodayItem.Kind.MEETING_UNBRIEFED).toList();
    }

    @Test
    void aDamagedCalendarNamesTheLineOrEventAndStoresNothing() {
        try (JournalSession s = withPeople(dir.resolve("j.rapport"))) {
            byte[] before = JsonExportTest.export(s);
            String good = new String(sample(), StandardCharsets.UTF_8);
            assertThatThrownBy(() -> new DataExchange(s.data()).readIcs(bytes(good.replace("UID:5q2m8c1v0b7n3k4j6h9g2f1d0s@google.com\r\n", ""))))
                    .hasMessage(I18n.t("imports.field", I18n.t("calendar.import.where", 1, "Fleet programme steering committee"), "UID",
                            I18n.t("calendar.import.missing")));
            assertThatThrownBy(() -> new DataExchange(s.data()).readIcs(bytes(good.replace("DTSTART:20261201T090000Z", "DTSTART:2026-12-01 09:00"))))
                    .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("calendar.import.badLine", KeyPattern.NUMBER, KeyPattern.ANY)));
            assertThatThrownBy(() -> new DataExchange(s.data()).readIcs(bytes(good.replace("END:VCALENDAR", ""))))
                    .satisfies(e -> assertThat(e.getMessage()).matches(KeyPattern.of("calendar.import.badLine", KeyPattern.NUMBER, KeyPattern.ANY)));
            assertThat(JsonExportTest.export(s)).isEqualTo(before);
        }
    }

    private static InputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void datesThatMatterGoIntoTheCalendarWithAnAlarmTheDayBeforeAtNine() throws Exception {
        try (JournalSession s = withPeople(dir.resolve("j.rapport"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DataExchange(s.data()).exportIcs(out);
            Calendar cal = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
            cal.validate();
            List<VEvent> dates = cal.<VEvent>getComponents(Component.VEVENT).stream()
                    .filter(e -> e.getProperty(Property.UID).orElseThrow().getValue().startsWith("date-")).toList();
            // Šarūnas's birthday (1 Dec), the anniversary of meeting him (11 Apr), the proposal (1 Dec) and Dnipro's founding day (28 Nov)
            assertThat(dates).extracting(e -> e.getProperty(Property.DTSTART).orElseThrow().getValue(),
                    e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).containsExactlyInAnyOrder(
                    tuple("20261128", "Dnipro Foods founding day (Dnipro Foods)"),
                    tuple("20261201", "Birthday: Šarūnas Žemaitis (Baltic Freight Lines)"),
                    tuple("20261201", "Send the fleet proposal (Baltic Freight Lines)"),
                    tuple("20270411", "Met Šarūnas Žemaitis 8 years ago (Baltic Freight Lines)"));
            for (VEvent e : dates) {
                VAlarm alarm = e.getAlarms().get(0);
                assertThat(alarm.getProperty(Property.ACTION).orElseThrow().getValue()).isEqualTo("DISPLAY");
                assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT15H");
            }
            // a settable default: two days before at 08:30
            s.settings().update(settings -> settings.withCalendarAlarm(2, java.time.LocalTime.of(8, 30)));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            new DataExchange(s.data()).exportIcs(again);
            assertThat(again.toString(StandardCharsets.UTF_8)).contains("TRIGGER:-P1DT15H30M");
            assertThat(LocalDate.of(2026, 11, 28).minusDays(2).atTime(8, 30))
                    .isEqualTo(LocalDate.of(2026, 11, 28).atStartOfDay().minusDays(1).minusHours(15).minusMinutes(30));
        }
    }
}
