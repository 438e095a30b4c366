package dev.rapport.export.calendar;

import dev.rapport.export.CalendarOccurrences;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.DataService;
import dev.rapport.model.CalendarSource;
import dev.rapport.model.Contact;
import dev.rapport.model.Limits;
import dev.rapport.model.Meeting;
import dev.rapport.model.MeetingChanges;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The consultant's subscribed calendars, kept current: adding one reads it at once; a refresh reads
 * each (asking only whether it changed), and a good read replaces that calendar's coming meetings —
 * new, moved and cancelled ones, repeating ones expanded — with those that have a known person among
 * the attendees or as organiser. A failed read keeps the last good meetings and says why in words.
 * Meetings that have begun stay as they were (they happened, and may wait for their write-up).
 */
public final class CalendarSubscriptions {
    private static final Logger LOG = Logger.getLogger(CalendarSubscriptions.class.getName());
    /** Recent meetings are read again too, so a late change to one still reaches its write-up. */
    static final Duration BACK = Duration.ofDays(7);
    static final Duration AHEAD = Duration.ofDays(30);

    private final DataService data;
    private final CalendarFeed feed;
    private final CalendarSecrets secrets;

    public CalendarSubscriptions(DataService data, CalendarFeed feed, CalendarSecrets secrets) {
        this.data = data;
        this.feed = feed;
        this.secrets = secrets;
    }

    /** How one calendar's read went. */
    public enum Status { READ, UNCHANGED, FAILED }

    /** One calendar's read: its state after it, what changed, and the reason in words when it failed. */
    public record Outcome(CalendarSource source, Status status, MeetingChanges changes, int withoutPerson, String failureKey,
                          List<String> failureArgs) {
        public String failureText() {
            return failureKey == null ? "" : I18n.t(failureKey, failureArgs.toArray());
        }
    }

    public List<CalendarSource> list() {
        return data.calendarSources();
    }

    /** Subscribes to the calendar at {@code typed} (an https or webcal address, or an .ics file) and reads it. */
    public Outcome add(String typed) {
        return add(typed, null);
    }

    /** As {@link #add(String)}, under a name of the consultant's choosing ("Work"); blank for none. */
    public Outcome add(String typed, String name) {
        String given = name == null ? "" : name.replaceAll("\\s+", " ").strip();
        if (given.length() > Limits.NAME) {
            throw new ValidationException("name", I18n.t("calendars.name.tooLong", Limits.NAME));
        }
        CalendarAddress address = CalendarAddress.parse(typed);
        for (CalendarSource known : data.calendarSources()) {
            if (secrets.find(known.secretRef()).map(address.secret()::equals).orElse(false)) {
                throw new RapportException(I18n.t("calendar.subscription.known", known.shown()));
            }
        }
        String ref = UUID.randomUUID().toString();
        secrets.keep(ref, address.secret());
        CalendarSource source = data.addCalendarSource(ref, address.shown());
        if (!given.isEmpty()) {
            data.nameCalendar(ref, given);
        }
        LOG.info(() -> "Subscribed to the calendar " + address.shown());
        return refresh(source);
    }

    /** Stops following the calendar: its address is forgotten and its meetings leave. */
    public void remove(CalendarSource source) {
        secrets.forget(source.secretRef());
        data.removeCalendarSource(source.id());
        data.nameCalendar(source.secretRef(), null);
    }

    /** The names given to the calendars, by calendar id; a calendar without one is not in it. */
    public Map<Long, String> names() {
        Map<String, String> byRef = data.calendarNames();
        Map<Long, String> names = new LinkedHashMap<>();
        for (CalendarSource s : data.calendarSources()) {
            if (byRef.containsKey(s.secretRef())) {
                names.put(s.id(), byRef.get(s.secretRef()));
            }
        }
        return names;
    }

    /**
     * The calendar a person means by {@code idOrName}: its number, else its name or what it is shown as
     * (case ignored). None, or more than one, is refused with the calendars there are.
     */
    public CalendarSource find(String idOrName) {
        String wanted = idOrName == null ? "" : idOrName.strip();
        List<CalendarSource> all = data.calendarSources();
        Map<Long, String> names = names();
        if (wanted.matches("\\d{1,18}")) {
            long id = Long.parseLong(wanted);
            for (CalendarSource s : all) {
                if (s.id() == id) {
                    return s;
                }
            }
        }
        List<CalendarSource> matched = all.stream().filter(s -> wanted.equalsIgnoreCase(names.getOrDefault(s.id(), ""))).toList();
        if (matched.isEmpty()) {
            matched = all.stream().filter(s -> wanted.equalsIgnoreCase(s.shown())).toList();
        }
        if (matched.size() == 1) {
            return matched.get(0);
        }
        List<CalendarSource> candidates = matched.isEmpty() ? all : matched;
        String listed = candidates.stream().map(s -> s.id() + " " + names.getOrDefault(s.id(), s.shown())).collect(Collectors.joining(", "));
        if (candidates.isEmpty()) {
            throw new RapportException(I18n.t("calendars.find.none"));
        }
        throw new RapportException(I18n.t(matched.isEmpty() ? "calendars.find.unknown" : "calendars.find.ambiguous", wanted, listed));
    }

    /** Reads every subscribed calendar once. */
    public List<Outcome> refreshAll() {
        return refreshAll((done, total) -> { });
    }

    /** Reads every subscribed calendar once, telling {@code progress} after each how many of how many are read. */
    public List<Outcome> refreshAll(Progress progress) {
        List<Outcome> outcomes = new ArrayList<>();
        List<CalendarSource> sources = data.calendarSources();
        for (CalendarSource source : sources) {
            outcomes.add(refresh(source));
            progress.at(outcomes.size(), sources.size());
        }
        return outcomes;
    }

    /** Told after each calendar of a round is read. */
    @FunctionalInterface
    public interface Progress {
        void at(int done, int total);
    }

    public Outcome refresh(CalendarSource source) {
        Instant now = data.clock().instant();
        String secret = secrets.find(source.secretRef()).orElse(null);
        if (secret == null) {
            return failed(source, now, "calendar.subscription.addressNeeded", List.of(source.shown()));
        }
        CalendarFeed.Read read = feed.read(CalendarAddress.parse(secret), new CalendarFeed.Validators(source.etag(), source.lastModified()));
        if (read instanceof CalendarFeed.Unchanged) {
            data.calendarUnchanged(source.id(), now);
            return new Outcome(reloaded(source), Status.UNCHANGED, new MeetingChanges(0, 0, 0), 0, null, List.of());
        }
        if (read instanceof CalendarFeed.Failed f) {
            return failed(source, now, f.key(), f.args().stream().map(String::valueOf).toList());
        }
        CalendarFeed.Fresh fresh = (CalendarFeed.Fresh) read;
        ZonedDateTime here = now.atZone(data.clock().getZone());
        List<CalendarOccurrences.Occurrence> occurrences;
        try {
            occurrences = CalendarOccurrences.between(fresh.body(), here.minus(BACK), here.plus(AHEAD));
        } catch (RapportException e) {
            return failed(source, now, "calendar.subscription.malformed", List.of(source.shown()));
        }
        CalendarPeople people = new CalendarPeople(data.contacts());
        List<Meeting> meetings = new ArrayList<>();
        int withoutPerson = 0;
        for (CalendarOccurrences.Occurrence o : occurrences) {
            Meeting m = meeting(o, people);
            if (m == null) {
                withoutPerson++;
            } else {
                meetings.add(m);
            }
        }
        MeetingChanges changes = data.calendarRead(source.id(), meetings, now, now, fresh.validators().etag(),
                fresh.validators().lastModified());
        LOG.info(() -> "Read the calendar " + source.shown() + ": " + changes);
        return new Outcome(reloaded(source), Status.READ, changes, withoutPerson, null, List.of());
    }

    private Outcome failed(CalendarSource source, Instant now, String key, List<String> args) {
        data.calendarFailed(source.id(), now, key, args);
        return new Outcome(reloaded(source), Status.FAILED, new MeetingChanges(0, 0, 0), 0, key, args);
    }

    private CalendarSource reloaded(CalendarSource source) {
        return data.calendarSources().stream().filter(s -> s.id() == source.id()).findFirst().orElse(source);
    }

    /** The occurrence as a meeting at the client most of its known people belong to; null when it has none. */
    private static Meeting meeting(CalendarOccurrences.Occurrence o, CalendarPeople people) {
        List<Contact> matched = new ArrayList<>();
        for (CalendarOccurrences.Person p : o.people()) {
            Contact c = people.match(p.email(), p.name());
            if (c != null && matched.stream().noneMatch(m -> m.id() == c.id())) {
                matched.add(c);
            }
        }
        if (matched.isEmpty()) {
            return null;
        }
        Map<Long, Integer> perClient = new LinkedHashMap<>();
        for (Contact c : matched) {
            perClient.merge(c.clientId(), 1, Integer::sum);
        }
        long clientId = perClient.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String title = o.summary().isEmpty() ? I18n.t("calendar.import.untitled") : clip(o.summary(), Limits.NAME);
        try {
            return new Meeting(0, clip(o.key(), Limits.SHORT_TEXT), clientId, title, o.start(), o.end(),
                    clip(o.location(), Limits.SHORT_TEXT), matched.stream().map(Contact::id).toList(), null);
        } catch (ValidationException e) {
            return null;
        }
    }

    private static String clip(String s, int max) {
        String v = s.strip();
        return v.length() <= max ? v : v.substring(0, max - 1) + "…";
    }
}
