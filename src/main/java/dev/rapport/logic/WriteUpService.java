package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Interaction;
import dev.rapport.model.Meeting;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WriteUp;
import dev.rapport.store.Journal;
import dev.rapport.store.MeetingRepository;
import dev.rapport.store.WriteUpRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * After a meeting (issue 23): each meeting with a client's people that has ended asks for a write-up,
 * one per client whose people were there, until an entry writes it up or it is dismissed. Writing it
 * up stores the entry with its promises, requests and problems and links it to the meeting in one
 * transaction; the entry is an interaction like any other, so it counts as a contact for the rhythm.
 */
public final class WriteUpService {
    /** How long an ended meeting waits for its write-up on Today: notes are worth writing while they are fresh. */
    public static final Duration KEPT = Duration.ofDays(14);
    /** Meetings are read by their start: one that lasted longer than this before ending in the window is missed. */
    private static final Duration LONGEST = Duration.ofDays(1);

    private final Journal journal;
    private final MeetingRepository meetings;
    private final WriteUpRepository writeUps;
    private final ConversationService conversations;
    private final Clock clock;

    WriteUpService(Journal journal, MeetingRepository meetings, WriteUpRepository writeUps, ConversationService conversations,
                   Clock clock) {
        this.journal = journal;
        this.meetings = meetings;
        this.writeUps = writeUps;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** The write-ups waiting now, the earliest ended first. */
    public List<WriteUp> pending() {
        return pending(clock.instant());
    }

    List<WriteUp> pending(Instant now) {
        Instant since = now.minus(KEPT);
        List<Meeting> ended = meetings.between(since.minus(LONGEST), now.plusSeconds(1)).stream()
                .filter(m -> {
                    Instant end = (m.ends() == null ? m.starts() : m.ends()).toInstant();
                    return !end.isAfter(now) && !end.isBefore(since);
                }).toList();
        List<Long> ids = ended.stream().map(Meeting::id).toList();
        Map<Long, List<WriteUpRepository.Present>> present = writeUps.present(ids);
        Map<String, WriteUpRepository.State> states = writeUps.states(ids);
        List<WriteUp> out = new ArrayList<>();
        for (Meeting m : ended) {
            Map<Long, List<WriteUpRepository.Present>> byClient = new LinkedHashMap<>();
            byClient.put(m.clientId(), new ArrayList<>());
            for (WriteUpRepository.Present p : present.getOrDefault(m.id(), List.of())) {
                byClient.computeIfAbsent(p.clientId(), k -> new ArrayList<>()).add(p);
            }
            byClient.forEach((clientId, people) -> {
                if (people.isEmpty() && clientId != m.clientId()) {
                    return;
                }
                WriteUpRepository.State state = states.get(m.id() + "-" + clientId);
                if (state != null && state.done()) {
                    return;
                }
                out.add(new WriteUp(m.id(), m.uid(), clientId, m.title(), m.starts(), m.ends(),
                        people.stream().map(WriteUpRepository.Present::contactId).toList(),
                        people.stream().map(WriteUpRepository.Present::name).toList(), state == null ? null : state.noticedAt()));
            });
        }
        out.sort(Comparator.comparing(WriteUp::endsInstant).thenComparing(WriteUp::meetingId).thenComparing(WriteUp::clientId));
        return List.copyOf(out);
    }

    /** The write-up waiting for this meeting and client, if it still waits. */
    public Optional<WriteUp> find(long meetingId, long clientId) {
        return pending().stream().filter(w -> w.meetingId() == meetingId && w.clientId() == clientId).findFirst();
    }

    /**
     * Writes the meeting up: the entry (for the write-up's client) with its items, linked to the meeting with the
     * length written ({@code minutes}, null when not given), all or nothing.
     */
    public ConversationService.Logged save(WriteUp writeUp, Interaction entry, List<Promise> promises, List<Request> requests,
                                           List<Problem> problems, Integer minutes) {
        if (entry.clientId() != writeUp.clientId()) {
            throw new ValidationException("client", I18n.t("writeup.validation.otherClient"));
        }
        if (minutes != null && minutes < 0) {
            throw new ValidationException("minutes", I18n.t("writeup.validation.minutes"));
        }
        return journal.inOneTransaction(() -> {
            ConversationService.Logged logged = conversations.save(entry, promises, requests, problems);
            writeUps.link(writeUp.meetingId(), writeUp.clientId(), logged.entry().id(), minutes);
            return logged;
        });
    }

    /** Leaves the write-up undone for good; {@link #restore} takes it back. */
    public void dismiss(WriteUp writeUp) {
        writeUps.dismiss(writeUp.meetingId(), writeUp.clientId(), clock.instant());
    }

    public void restore(WriteUp writeUp) {
        writeUps.dismiss(writeUp.meetingId(), writeUp.clientId(), null);
    }

    /**
     * The write-ups whose notice is due now (ten minutes after the meeting's end) and was not given yet,
     * remembered as given: each is handed out once, also across restarts.
     */
    public List<WriteUp> takeNotices() {
        Instant now = clock.instant();
        List<WriteUp> due = pending(now).stream().filter(w -> w.noticedAt() == null && !w.noticeAt().isAfter(now)).toList();
        writeUps.noticed(due.stream().map(w -> new long[] {w.meetingId(), w.clientId()}).toList(), now);
        return due;
    }

    /** The meeting and client the entry wrote up, with the length written, if it is a write-up. */
    public Optional<WriteUpRepository.State> ofEntry(long entryId) {
        return writeUps.ofEntry(entryId);
    }
}
