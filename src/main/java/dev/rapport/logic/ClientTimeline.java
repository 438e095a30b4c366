package dev.rapport.logic;

import dev.rapport.model.JournalEntry;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A client's timeline: the journal entries with the promises, problems and requests among them,
 * newest first. A promise made in a conversation stands just under that conversation.
 */
public final class ClientTimeline {
    private ClientTimeline() {
    }

    /**
     * One line of the timeline: {@code at} is the wall-clock time shown (an entry's and a request's in
     * the zone they were written in), {@code instant} what the timeline is ordered by.
     */
    public sealed interface Item permits Entry, PromiseMade, ProblemRaised, RequestReceived {
        LocalDateTime at();

        Instant instant();
    }

    public record Entry(JournalEntry entry) implements Item {
        @Override
        public LocalDateTime at() {
            return entry.interaction().occurredAt();
        }

        @Override
        public Instant instant() {
            return entry.interaction().instant();
        }
    }

    public record PromiseMade(Promise promise, LocalDateTime at, Instant instant) implements Item {
    }

    public record ProblemRaised(Problem problem, LocalDateTime at, Instant instant) implements Item {
    }

    public record RequestReceived(Request request, LocalDateTime at, Instant instant) implements Item {
    }

    /**
     * Mixes a page of entries (newest first) with the client's ledger items, ordered by instant; dates
     * without a time (a promise made, a problem raised) start their day in {@code zone}.
     *
     * @param complete true when no older entries are left to load; otherwise items older than the
     *                 oldest entry wait for the page that reaches them
     */
    public static List<Item> merge(List<JournalEntry> entries, boolean complete, List<Promise> promises, List<Problem> problems,
                                   List<Request> requests, ZoneId zone) {
        Map<Long, java.time.ZonedDateTime> entryTimes = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (JournalEntry e : entries) {
            entryTimes.put(e.interaction().id(), e.interaction().moment());
            items.add(new Entry(e));
        }
        for (Promise p : promises) {
            java.time.ZonedDateTime made = p.interactionId() != null && entryTimes.containsKey(p.interactionId())
                    ? entryTimes.get(p.interactionId()) : p.madeOn().atStartOfDay(zone);
            items.add(new PromiseMade(p, made.toLocalDateTime(), made.toInstant()));
        }
        for (Problem p : problems) {
            items.add(new ProblemRaised(p, p.raisedOn().atStartOfDay(), p.raisedOn().atStartOfDay(zone).toInstant()));
        }
        for (Request r : requests) {
            items.add(new RequestReceived(r, LocalDateTime.ofInstant(r.receivedAt(), r.zone()), r.receivedAt()));
        }
        Instant oldest = entries.isEmpty() ? null : entries.get(entries.size() - 1).interaction().instant();
        return items.stream()
                .filter(i -> complete || i instanceof Entry || oldest == null || !i.instant().isBefore(oldest))
                .sorted(Comparator.comparing(Item::instant).reversed().thenComparing(ClientTimeline::rank))
                .toList();
    }

    /** At the same moment, the conversation first, then what came of it. */
    private static int rank(Item item) {
        if (item instanceof Entry) {
            return 0;
        }
        if (item instanceof PromiseMade) {
            return 1;
        }
        return item instanceof ProblemRaised ? 2 : 3;
    }
}
