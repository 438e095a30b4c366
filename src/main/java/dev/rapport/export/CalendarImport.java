package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Limits;
import dev.rapport.model.Meeting;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Planned meetings from the consultant's calendar (an .ics file exported from Google Calendar,
 * Outlook or Apple Calendar): each upcoming event one of whose attendees (or its organiser) is a
 * contact — matched by email, else by name — becomes a meeting at that contact's client. The
 * event's UID identifies the meeting, so importing the same calendar again updates it. Past and
 * cancelled events and events with no contact among the attendees are left out and counted; a
 * repeating event gives its next occurrence within a year.
 */
public final class CalendarImport {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The plan: stored only by {@link DataExchange#apply(Plan)}. */
    public record Plan(List<Meeting> meetings, List<String> lines, int added, int updated, int past, int withoutContact,
                       int cancelled) {
        public String describe() {
            String nl = System.lineSeparator();
            StringBuilder b = new StringBuilder(I18n.t("calendar.import.summary", I18n.plural("calendar.count.newMeetings", added),
                    I18n.plural("calendar.count.updatedMeetings", updated)));
            if (!lines.isEmpty()) {
                b.append(nl);
            }
            int shown = 0;
            for (String line : lines) {
                if (shown++ == 20) {
                    b.append(nl).append("  ").append(I18n.t("imports.andMore", lines.size() - 20));
                    break;
                }
                b.append(nl).append("  • ").append(line);
            }
            if (past + withoutContact + cancelled > 0) {
                b.append(nl).append(nl).append(I18n.t("calendar.import.leftOut", past, withoutContact, cancelled));
            }
            return b.toString();
        }
    }

    private CalendarImport() {
    }

    static Plan read(InputStream in, List<Client> clients, List<Contact> contacts, Set<String> knownUids, LocalDateTime now, ZoneId zone) {
        CalendarZones.ensure();
        Calendar cal;
        try {
            cal = new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (ParserException e) {
            throw new RapportException(I18n.t("calendar.import.badLine", e.getLineNo(), String.valueOf(e.getMessage())), e);
        } catch (IOException e) {
            throw new RapportException(I18n.t("imports.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        } catch (RuntimeException e) {
            throw new RapportException(I18n.t("calendar.import.badFile", String.valueOf(e.getMessage())), e);
        }
        Map<String, Contact> byEmail = new HashMap<>();
        Map<String, Contact> byName = new HashMap<>();
        for (Contact c : contacts) {
            if (!c.email().isEmpty()) {
                byEmail.putIfAbsent(c.email().toLowerCase(Locale.ROOT), c);
            }
            byName.putIfAbsent(nameKey(c.name()), c);
        }
        Map<Long, String> clientNames = new HashMap<>();
        for (Client c : clients) {
            clientNames.put(c.id(), c.name());
        }
        Map<Long, String> contactNames = new HashMap<>();
        for (Contact c : contacts) {
            contactNames.put(c.id(), c.name());
        }
        Map<String, Meeting> meetings = new LinkedHashMap<>();
        ZonedDateTime nowHere = now.atZone(zone);
        int past = 0;
        int withoutContact = 0;
        int cancelled = 0;
        int n = 0;
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        for (VEvent e : events) {
            n++;
            String summary = e.getProperty(Property.SUMMARY).map(Property::getValue).map(String::trim).orElse("");
            String where = I18n.t("calendar.import.where", n, summary.isEmpty() ? "?" : summary);
            String uid = e.getProperty(Property.UID).map(Property::getValue).map(String::trim).orElse("");
            if (uid.isEmpty()) {
                throw new RapportException(I18n.t("imports.field", where, "UID", I18n.t("calendar.import.missing")));
            }
            if (e.getProperty(Property.STATUS).map(Property::getValue).filter("CANCELLED"::equalsIgnoreCase).isPresent()) {
                cancelled++;
                continue;
            }
            ZonedDateTime start = moment(e.getProperty(Property.DTSTART), where, "DTSTART", zone);
            if (start == null) {
                throw new RapportException(I18n.t("imports.field", where, "DTSTART", I18n.t("calendar.import.missing")));
            }
            ZonedDateTime end = moment(e.getProperty(Property.DTEND), where, "DTEND", zone);
            if (start.isBefore(nowHere) && e.getProperty(Property.RRULE).isPresent()) {
                ZonedDateTime next = nextOccurrence(e, nowHere, start.getZone());
                if (next != null && end != null) {
                    end = next.plus(java.time.Duration.between(start, end));
                }
                start = next;
            }
            if (start == null || start.isBefore(nowHere)) {
                past++;
                continue;
            }
            List<Contact> matched = new ArrayList<>();
            List<Property> people = new ArrayList<>(e.getProperties(Property.ATTENDEE));
            e.getProperty(Property.ORGANIZER).ifPresent(people::add);
            for (Property p : people) {
                Contact c = match(p, byEmail, byName);
                if (c != null && matched.stream().noneMatch(m -> m.id() == c.id())) {
                    matched.add(c);
                }
            }
            if (matched.isEmpty()) {
                withoutContact++;
                continue;
            }
            Map<Long, Integer> perClient = new LinkedHashMap<>();
            for (Contact c : matched) {
                perClient.merge(c.clientId(), 1, Integer::sum);
            }
            long clientId = perClient.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            String title = summary.isEmpty() ? I18n.t("calendar.import.untitled") : clip(summary, Limits.NAME);
            String location = clip(e.getProperty(Property.LOCATION).map(Property::getValue).orElse(""), Limits.SHORT_TEXT);
            Meeting m;
            try {
                m = new Meeting(0, clip(uid, Limits.SHORT_TEXT), clientId, title, start, end, location,
                        matched.stream().map(Contact::id).toList(), null);
            } catch (ValidationException ex) {
                throw new RapportException(I18n.t("imports.field", where, ex.field(), ex.getMessage()), ex);
            }
            Meeting earlier = meetings.get(m.uid());
            if (earlier == null || m.startsInstant().isBefore(earlier.startsInstant())) {
                meetings.put(m.uid(), m);
            }
        }
        List<Meeting> sorted = new ArrayList<>(meetings.values());
        sorted.sort(java.util.Comparator.comparing(Meeting::startsInstant));
        List<String> lines = new ArrayList<>();
        int added = 0;
        for (Meeting m : sorted) {
            boolean known = knownUids.contains(m.uid());
            added += known ? 0 : 1;
            lines.add(WHEN.format(m.startsAt()) + placeOf(m.zone()) + "  " + m.title() + " — " + clientNames.getOrDefault(m.clientId(), "?") + " ("
                    + String.join(", ", m.contactIds().stream().map(id -> contactNames.getOrDefault(id, "?")).toList()) + ")"
                    + (known ? " · " + I18n.t("calendar.import.updated") : ""));
        }
        return new Plan(List.copyOf(sorted), List.copyOf(lines), added, sorted.size() - added, past, withoutContact, cancelled);
    }

    private static Contact match(Property p, Map<String, Contact> byEmail, Map<String, Contact> byName) {
        String address = p.getValue() == null ? "" : p.getValue().trim();
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
        }
        Contact c = byEmail.get(address.toLowerCase(Locale.ROOT));
        if (c != null) {
            return c;
        }
        Optional<Parameter> cn = p.getParameter(Parameter.CN);
        return cn.map(x -> byName.get(nameKey(x.getValue()))).orElse(null);
    }

    /** " (Vilnius)" when the event's zone is not this machine's. */
    private static String placeOf(ZoneId zone) {
        String place = dev.rapport.model.Moments.placeIfElsewhere(zone);
        return place.isEmpty() ? "" : " (" + place + ")";
    }

    /**
     * An event's time as an instant with its own zone (the TZID it was written in); a time in UTC, with
     * an offset or floating, and an all-day date, were not written in a named zone: they take {@code zone}.
     */
    private static ZonedDateTime moment(Optional<Property> property, String where, String field, ZoneId zone) {
        if (property.isEmpty()) {
            return null;
        }
        try {
            Temporal t = ((net.fortuna.ical4j.model.property.DateProperty<?>) property.get()).getDate();
            String tzid = property.get().getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
            return toMoment(t, tzid, zone);
        } catch (RuntimeException e) {
            throw new RapportException(I18n.t("imports.field", where, field, I18n.t("calendar.import.badDate", raw(property.get()))), e);
        }
    }

    private static String raw(Property p) {
        try {
            return p.getValue();
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    static ZonedDateTime toMoment(Temporal t, String tzid, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(zone);
        }
        if (t instanceof LocalDateTime d) {
            return d.atZone(zone);
        }
        if (t instanceof ZonedDateTime d) {
            ZoneId own = portable(d.getZone(), tzid);
            return d.withZoneSameInstant(own == null ? zone : own);
        }
        if (t instanceof OffsetDateTime d) {
            return d.atZoneSameInstant(zone);
        }
        if (t instanceof Instant d) {
            return d.atZone(zone);
        }
        throw new IllegalArgumentException("unknown date type " + t);
    }

    /**
     * The event's zone as a journal can keep it on any machine: a region id Java knows ("Europe/Vilnius"),
     * whether ical4j read it as that or as a zone of its own named after the TZID; null for UTC, an offset
     * or a TZID no region id matches (such as Outlook's "FLE Standard Time").
     */
    private static ZoneId portable(ZoneId read, String tzid) {
        for (String id : new String[] {read.getId(), tzid}) {
            if (id != null && id.contains("/") && !id.startsWith("ical4j") && !id.startsWith("Etc/") && java.time.ZoneId.getAvailableZoneIds().contains(id)) {
                return ZoneId.of(id);
            }
        }
        return null;
    }

    /** The first occurrence of a repeating event from now within a year, in the event's zone, or null. */
    private static ZonedDateTime nextOccurrence(VEvent e, ZonedDateTime now, ZoneId eventZone) {
        try {
            Set<Period<Temporal>> set = e.calculateRecurrenceSet(new Period<>(now, now.plusYears(1)));
            return set.stream().map(p -> toMoment(p.getStart(), null, now.getZone()).withZoneSameInstant(eventZone))
                    .filter(d -> !d.isBefore(now)).min(java.util.Comparator.comparing(ZonedDateTime::toInstant)).orElse(null);
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        String v = s.strip();
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }

    /** Names compared ignoring case, accents and extra spaces ("Šarūnas  Žemaitis" = "sarunas zemaitis"). */
    static String nameKey(String name) {
        String n = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
