package dev.rapport.ui.journal;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.ConversationService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WriteUp;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * The entry sheet as a meeting's write-up (issue 23): what it is filled in with — the client, the people
 * of the client who were there, the start as written in the meeting's zone, the length in minutes, the
 * channel meeting, the meeting's title — and the save that links the entry to the meeting. The entry
 * keeps the meeting's zone: the journal stores the instant with the zone it was written in.
 */
public final class WriteUpSheetModel {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

    private final JournalSession session;
    private final WriteUp writeUp;

    public WriteUpSheetModel(JournalSession session, WriteUp writeUp) {
        this.session = session;
        this.writeUp = writeUp;
    }

    public WriteUp writeUp() {
        return writeUp;
    }

    public long clientId() {
        return writeUp.clientId();
    }

    /** The day and time the meeting began, as written in its zone. */
    public LocalDate date() {
        return writeUp.starts().toLocalDate();
    }

    public String time() {
        return HM.format(writeUp.starts());
    }

    /** The meeting's length in minutes, instants compared (across a change of summer time too). */
    public String minutes() {
        return Long.toString(writeUp.duration().toMinutes());
    }

    public String title() {
        return writeUp.title();
    }

    public Channel channel() {
        return Channel.MEETING;
    }

    public Set<Long> present() {
        return Set.copyOf(writeUp.contactIds());
    }

    /**
     * The entry's moment: the wall-clock time typed, in the meeting's zone; a time that comes twice as summer
     * time ends is taken with the meeting's own offset (the 03:30 the meeting began, not the other one).
     */
    public ZonedDateTime moment(LocalDateTime typed) {
        return ZonedDateTime.ofLocal(typed, zone(), writeUp.starts().getOffset());
    }

    public ZoneId zone() {
        return writeUp.starts().getZone();
    }

    /** The length typed, in minutes (empty: none given); anything else is refused, naming the field. */
    public Integer minutes(String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ValidationException("minutes", I18n.t("writeup.form.badDuration", t));
    }

    /** Stores the entry with its items and links it to the meeting, all or nothing (journal work: call it off the FX thread). */
    public ConversationService.Logged save(Interaction entry, List<Promise> promises, List<Request> requests, List<Problem> problems,
                                           Integer minutes) {
        return session.writeUps().save(writeUp, entry, promises, requests, problems, minutes);
    }
}
