package dev.rapport.model;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A meeting with a client's people that has ended and waits to be written up: one per client whose
 * people were there. {@code starts} and {@code ends} are the meeting's own moments (the instant with
 * the zone it was written in); a meeting without an end ended when it began. {@code contactIds} are
 * the client's people who were there, {@code people} their names. {@code noticedAt} is when its notice was given (null: not yet).
 */
public record WriteUp(long meetingId, String uid, long clientId, String title, ZonedDateTime starts, ZonedDateTime ends,
                      List<Long> contactIds, List<String> people, Instant noticedAt) {
    /** How long after its end a meeting's write-up is announced. */
    public static final Duration NOTICE_AFTER = Duration.ofMinutes(10);

    public WriteUp {
        contactIds = List.copyOf(contactIds);
        people = List.copyOf(people);
        ends = ends == null ? starts : ends;
    }

    public Instant endsInstant() {
        return ends.toInstant();
    }

    /** The meeting's length, instants compared (an hour that repeats at the end of summer time counts once more). */
    public Duration duration() {
        return Duration.between(starts.toInstant(), ends.toInstant());
    }

    /** When the notice is due: ten minutes after the end. */
    public Instant noticeAt() {
        return endsInstant().plus(NOTICE_AFTER);
    }

    /** One write-up among a meeting's: the meeting and the client. */
    public String key() {
        return meetingId + "-" + clientId;
    }
}
