package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * A subscribed calendar's events as the occurrences that fall in a window of time: a repeating
 * event expands into each of its occurrences (its rule, its exceptions and added dates, in the zone
 * it was written in, across summer-time changes), an occurrence moved on its own (the same UID with
 * a RECURRENCE-ID) replaces the one it moves, and cancelled events or occurrences are left out. Who
 * takes part is given as written (email, name); matching them to people is the caller's.
 */
public final class CalendarOccurrences {
    private CalendarOccurrences() {
    }

    /** Someone on the invitation: an attendee or the organiser. */
    public record Person(String email, String name) {
    }

    /**
     * One meeting in time. {@code recurrence} is the original start of a repeating event's occurrence
     * (what identifies it with the UID even after it was moved), null for a single event.
     */
    public record Occurrence(String uid, Instant recurrence, String summary, ZonedDateTime start, ZonedDateTime end,
                             String location, List<Person> people) {
        /** The meeting's identity across reads: the UID, and for an occurrence its original start. */
        public String key() {
            return recurrence == null ? uid : uid + "@" + recurrence;
        }
    }

    /** Every occurrence that overlaps [from, to), sorted by start; events without a UID or start are skipped. */
    public static List<Occurrence> between(String ics, ZonedDateTime from, ZonedDateTime to) {
        CalendarZones.ensure();
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(ics));
        } catch (ParserException e) {
            throw new RapportException(I18n.t("calendar.import.badLine", e.getLineNo(), String.valueOf(e.getMessage())), e);
        } catch (IOException | RuntimeException e) {
            throw new RapportException(I18n.t("calendar.import.badFile", String.valueOf(e.getMessage())), e);
        }
        ZoneId zone = from.getZone();
        Map<String, VEvent> masters = new LinkedHashMap<>();
        Map<String, List<VEvent>> moved = new LinkedHashMap<>();
        for (VEvent e : calendar.<VEvent>getComponents(Component.VEVENT)) {
            String uid = text(e, Property.UID);
            if (uid.isEmpty()) {
                continue;
            }
            if (e.getProperty(Property.RECURRENCE_ID).isPresent()) {
                moved.computeIfAbsent(uid, k -> new ArrayList<>()).add(e);
            } else {
                masters.putIfAbsent(uid, e);
            }
        }
        Map<String, Occurrence> found = new LinkedHashMap<>();
        for (Map.Entry<String, VEvent> m : masters.entrySet()) {
            VEvent e = m.getValue();
            if (cancelled(e)) {
                moved.remove(m.getKey());
                continue;
            }
            ZonedDateTime start = moment(e, Property.DTSTART, zone);
            if (start == null) {
                continue;
            }
            ZonedDateTime end = moment(e, Property.DTEND, zone);
            Duration length = end == null ? Duration.ZERO : Duration.between(start, end);
            if (e.getProperty(Property.RRULE).isEmpty() && e.getProperty(Property.RDATE).isEmpty()) {
                add(found, occurrence(e, m.getKey(), null, start, end));
                continue;
            }
            // Reach back by the length, so a meeting that began before the window and is still on counts.
            for (ZonedDateTime s : starts(e, from.minus(length), to, start.getZone())) {
                add(found, occurrence(e, m.getKey(), s.toInstant(), s, length.isZero() ? null : s.plus(length)));
            }
        }
        for (Map.Entry<String, List<VEvent>> o : moved.entrySet()) {
            for (VEvent e : o.getValue()) {
                ZonedDateTime original = moment(e, Property.RECURRENCE_ID, zone);
                if (original == null) {
                    continue;
                }
                String key = o.getKey() + "@" + original.toInstant();
                found.remove(key);
                ZonedDateTime start = moment(e, Property.DTSTART, zone);
                if (cancelled(e) || start == null) {
                    continue;
                }
                add(found, occurrence(e, o.getKey(), original.toInstant(), start, moment(e, Property.DTEND, zone)));
            }
        }
        List<Occurrence> inWindow = new ArrayList<>();
        for (Occurrence o : found.values()) {
            ZonedDateTime end = o.end() == null ? o.start() : o.end();
            if (o.start().isBefore(to) && !end.isBefore(from)) {
                inWindow.add(o);
            }
        }
        inWindow.sort(Comparator.comparing((Occurrence o) -> o.start().toInstant()).thenComparing(Occurrence::key));
        return List.copyOf(inWindow);
    }

    private static void add(Map<String, Occurrence> found, Occurrence o) {
        found.put(o.key(), o);
    }

    private static Occurrence occurrence(VEvent e, String uid, Instant recurrence, ZonedDateTime start, ZonedDateTime end) {
        List<Person> people = new ArrayList<>();
        List<Property> invited = new ArrayList<>(e.getProperties(Property.ATTENDEE));
        e.getProperty(Property.ORGANIZER).ifPresent(invited::add);
        for (Property p : invited) {
            String address = p.getValue() == null ? "" : p.getValue().trim();
            if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
                address = address.substring(7);
            }
            String name = p.getParameter(Parameter.CN).map(Parameter::getValue).orElse("").trim();
            Person person = new Person(address.toLowerCase(Locale.ROOT), name);
            if (!people.contains(person)) {
                people.add(person);
            }
        }
        return new Occurrence(uid, recurrence, text(e, Property.SUMMARY), start, end, text(e, Property.LOCATION), List.copyOf(people));
    }

    /** The starts of a repeating event's occurrences from {@code from} to {@code to}, in the event's zone. */
    private static List<ZonedDateTime> starts(VEvent e, ZonedDateTime from, ZonedDateTime to, ZoneId eventZone) {
        try {
            Set<Period<Temporal>> set = e.calculateRecurrenceSet(new Period<>(from, to));
            return set.stream().map(p -> CalendarImport.toMoment(p.getStart(), null, from.getZone()).withZoneSameInstant(eventZone))
                    .sorted(Comparator.comparing(ZonedDateTime::toInstant)).toList();
        } catch (RuntimeException ex) {
            return List.of();
        }
    }

    private static boolean cancelled(VEvent e) {
        return "CANCELLED".equalsIgnoreCase(text(e, Property.STATUS));
    }

    private static String text(VEvent e, String name) {
        return e.getProperty(name).map(Property::getValue).map(String::trim).orElse("");
    }

    private static ZonedDateTime moment(VEvent e, String name, ZoneId zone) {
        Optional<Property> p = e.getProperty(name);
        if (p.isEmpty() || !(p.get() instanceof DateProperty<?> date)) {
            return null;
        }
        try {
            String tzid = p.get().getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
            return CalendarImport.toMoment(date.getDate(), tzid, zone);
        } catch (RuntimeException ex) {
            return null;
        }
    }
}
