package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A planned meeting read from the consultant's calendar: an upcoming event some of whose
 * attendees are contacts. {@code uid} is the calendar event's UID (importing the same calendar
 * again updates the meeting). {@code starts} and {@code ends} are instants with the zone the
 * meeting was written in (an .ics event's own zone); the end is held in the start's zone. The
 * wall-clock times shown are {@link #startsAt()} and {@link #endsAt()}; {@code briefedAt} is when
 * the client's brief was opened or exported for it (null: not yet).
 */
public record Meeting(long id, String uid, long clientId, String title, ZonedDateTime starts, ZonedDateTime ends,
                     String location, List<Long> contactIds, Instant briefedAt) {

    public Meeting {
        uid = Check.required("uid", "eventUid", uid, Limits.SHORT_TEXT);
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        title = Check.required("title", "title", title, Limits.NAME);
        starts = Check.notNull("startsAt", "startsAt", starts).truncatedTo(ChronoUnit.MINUTES);
        ends = ends == null ? null : ends.withZoneSameInstant(starts.getZone()).truncatedTo(ChronoUnit.MINUTES);
        location = Check.limit("location", "location", location == null ? "" : location, Limits.SHORT_TEXT);
        contactIds = contactIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(contactIds));
    }

    /** A meeting written on this machine: its wall-clock times are read in the machine's zone. */
    public Meeting(long id, String uid, long clientId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                   String location, List<Long> contactIds, Instant briefedAt) {
        this(id, uid, clientId, title, Moments.here(startsAt), endsAt == null ? null : Moments.here(endsAt), location,
                contactIds, briefedAt);
    }

    /** The wall-clock start as written, in the meeting's own zone. */
    public LocalDateTime startsAt() {
        return starts.toLocalDateTime();
    }

    /** The wall-clock end as written, or null. */
    public LocalDateTime endsAt() {
        return ends == null ? null : ends.toLocalDateTime();
    }

    public ZoneId zone() {
        return starts.getZone();
    }

    /** When it starts, as an instant: what Today compares with now. */
    public Instant startsInstant() {
        return starts.toInstant();
    }

    public boolean briefed() {
        return briefedAt != null;
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, uid, clientId, title, starts, ends, location, contactIds, briefedAt);
    }
}
