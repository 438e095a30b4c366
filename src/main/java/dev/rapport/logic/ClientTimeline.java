package dev.rapport.logic;

import dev.rapport.model.JournalEntry;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;

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

    /** One line of the timeline. */
    public sealed interface Item permits Entry, PromiseMade, ProblemRaised, RequestReceived {
        LocalDateTime at();
    }

    public record Entry(JournalEntry entry) implements Item {
        @Override
        public LocalDateTime at() {
            return entry.interaction().occurredAt();
        }
    }

    public record PromiseMade(Promise promise, LocalDateTime at) implements Item {
    }

    public record ProblemRaised(Problem problem, LocalDateTime at) implements Item {
    }

    public record RequestReceived(Request request, LocalDateTime at) implements Item {
    }

    /**
     * Mixes a page of entries (newest first) with the client's ledger items.
     *
     * @param complete true when no older entries are left to load; otherwise items older than the
     *                 oldest entry wait for the page that reaches them
     */
    public static List<Item> merge(List<JournalEntry> entries, boolean complete, List<Promise> promises, List<Problem> problems,
                                   List<Request> requests, ZoneId zone) {
        Map<Long, LocalDateTime> entryTimes = new HashMap<>();
        List<Item> items = new ArrayList<>();
        for (JournalEntry e : entries) {
            entryTimes.put(e.interaction().id(), e.interaction().occurredAt());
            items.add(new Entry(e));
        }
        for (Promise p : promises) {
            LocalDateTime made = p.interactionId() != null && entryTimes.containsKey(p.interactionId())
                    ? entryTimes.get(p.interactionId()) : p.madeOn().atStartOfDay();
            items.add(new PromiseMade(p, made));
        }
        for (Problem p : problems) {
            items.add(new ProblemRaised(p, p.raisedOn().atStartOfDay()));
        }
        for (Request r : requests) {
            items.add(new RequestReceived(r, LocalDateTime.ofInstant(r.receivedAt(), zone)));
        }
        LocalDateTime oldest = entries.isEmpty() ? null : entries.get(entries.size() - 1).interaction().occurredAt();
        return items.stream()
                .filter(i -> complete || i instanceof Entry || oldest == null || !i.at().isBefore(oldest))
                .sorted(Comparator.comparing(Item::at).reversed().thenComparing(ClientTimeline::rank))
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
