package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A planned meeting read from the consultant's calendar: an upcoming event some of whose
 * attendees are contacts. {@code uid} is the calendar event's UID (importing the same calendar
 * again updates the meeting). Times are the consultant's local wall-clock time; {@code briefedAt}
 * is when the client's brief was opened or exported for it (null: not yet).
 */
public record Meeting(long id, String uid, long clientId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
                     String location, List<Long> contactIds, Instant briefedAt) {

    public Meeting {
        uid = Check.required("uid", "eventUid", uid, Limits.SHORT_TEXT);
        if (clientId <= 0) {
            throw new ValidationException("client", I18n.t("validation.clientMissing"));
        }
        title = Check.required("title", "title", title, Limits.NAME);
        startsAt = Check.notNull("startsAt", "startsAt", startsAt).truncatedTo(ChronoUnit.MINUTES);
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MINUTES);
        location = Check.limit("location", "location", location == null ? "" : location, Limits.SHORT_TEXT);
        contactIds = contactIds == null ? List.of() : List.copyOf(new LinkedHashSet<>(contactIds));
    }

    public boolean briefed() {
        return briefedAt != null;
    }

    public Meeting withId(long newId) {
        return new Meeting(newId, uid, clientId, title, startsAt, endsAt, location, contactIds, briefedAt);
    }
}
