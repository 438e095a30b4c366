package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The client's timeline mixes entries with promises, problems and requests, newest first. */
class ClientTimelineTest {
    private static JournalEntry entry(long id, String title, LocalDateTime at) {
        return new JournalEntry(new Interaction(id, 1, at, Channel.CALL, title, "", "", List.of(), null, List.of()), "Acme", List.of());
    }

    private static String label(ClientTimeline.Item item) {
        if (item instanceof ClientTimeline.Entry e) {
            return "entry " + e.entry().interaction().title();
        }
        if (item instanceof ClientTimeline.PromiseMade p) {
            return "promise " + p.promise().what();
        }
        if (item instanceof ClientTimeline.ProblemRaised p) {
            return "problem " + p.problem().description();
        }
        return "request " + ((ClientTimeline.RequestReceived) item).request().questions().get(0);
    }

    private final JournalEntry call = entry(10, "call", LocalDateTime.of(2026, 11, 20, 15, 0));
    private final JournalEntry visit = entry(11, "visit", LocalDateTime.of(2026, 11, 10, 9, 0));
    private final Promise inTheCall = new Promise(1, 1, null, 10L, "draft", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), null,
            dev.rapport.model.PromiseOutcome.OPEN, null, java.util.Set.of(), "", null, "", List.of());
    private final Problem raised = Problem.create(1, RaisedBy.CLIENT, LocalDate.of(2026, 11, 15), "late invoice");
    private final Request asked = Request.create(1, LocalDateTime.of(2026, 11, 22, 8, 30).toInstant(ZoneOffset.UTC), List.of("price?"));
    private final Promise longAgo = Promise.create(1, "old plan", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5));

    @Test
    void itemsStandAmongTheEntriesInTimeOrderAndAPromiseUnderItsConversation() {
        List<ClientTimeline.Item> items = ClientTimeline.merge(List.of(call, visit), true, List.of(inTheCall, longAgo), List.of(raised),
                List.of(asked), ZoneOffset.UTC);

        assertThat(items).extracting(ClientTimelineTest::label).containsExactly(
                "request price?", "entry call", "promise draft", "problem late invoice", "entry visit", "promise old plan");
    }

    @Test
    void itemsOlderThanTheLoadedEntriesWaitForTheNextPage() {
        List<ClientTimeline.Item> items = ClientTimeline.merge(List.of(call, visit), false, List.of(inTheCall, longAgo), List.of(raised),
                List.of(asked), ZoneOffset.UTC);

        assertThat(items).extracting(ClientTimelineTest::label).doesNotContain("promise old plan").contains("problem late invoice");
    }
}
