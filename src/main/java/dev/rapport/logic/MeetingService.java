package dev.rapport.logic;

import dev.rapport.model.Meeting;
import dev.rapport.store.MeetingRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Planned meetings read from the calendar (issue 8). A meeting in the coming week counts as
 * briefed once the client's brief was opened or exported; until then Today lists it.
 */
public final class MeetingService {
    private static final Logger LOG = Logger.getLogger(MeetingService.class.getName());
    /** How many days ahead "this week" looks (as for dates that matter). */
    public static final int WINDOW_DAYS = DatesService.TODAY_WINDOW_DAYS;

    private final MeetingRepository meetings;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    /** The meetings from now until the end of the week's window (days of this machine's zone), soonest first, by instant. */
    public List<Meeting> thisWeek() {
        return meetings.between(clock.instant(), windowEnd());
    }

    private Instant windowEnd() {
        return LocalDate.now(clock).plusDays(WINDOW_DAYS + 1L).atStartOfDay(clock.getZone()).toInstant();
    }

    /** The meetings starting in [from, to), soonest first, by instant. */
    public List<Meeting> between(Instant from, Instant to) {
        return meetings.between(from, to);
    }

    /** This week's meetings whose brief was not opened yet. */
    public List<Meeting> withoutBrief() {
        return thisWeek().stream().filter(m -> !m.briefed()).toList();
    }

    /** The client's brief was opened or exported: its meetings this week count as briefed. Returns how many changed. */
    public int briefOpened(long clientId) {
        if (withoutBrief().stream().noneMatch(m -> m.clientId() == clientId)) {
            return 0; // nothing to mark: no write (an encrypted journal is sealed again on every write)
        }
        int n = meetings.markBriefed(clientId, clock.instant(), windowEnd(), clock.instant());
        if (n > 0) {
            LOG.info(() -> "Marked " + n + " meetings briefed");
        }
        return n;
    }

    /** Puts one meeting's brief mark back (Undo). */
    public void restore(Meeting before) {
        meetings.setBriefed(before.id(), before.briefedAt());
    }

    public Meeting meeting(long id) {
        return meetings.find(id).orElseThrow(() -> new dev.rapport.model.RapportException("The meeting no longer exists."));
    }

    /** Stores calendar meetings by UID (new ones added, known ones updated), all or none. */
    public List<Meeting> store(List<Meeting> planned) {
        return meetings.upsertAll(planned);
    }

    public Instant now() {
        return clock.instant();
    }
}
