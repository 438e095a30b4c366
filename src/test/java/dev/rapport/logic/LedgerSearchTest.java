package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchHit.Kind;
import dev.rapport.store.JournalDump;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box finds promises, problems and requests, and keeps up as they change or go. */
class LedgerSearchTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    private JournalSession session;
    private Client client;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"));
        client = session.clients().save(Client.create("Baltic Freight"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void promisesProblemsAndRequestsAreFoundNewestFirstWithTheirClient() {
        Promise promise = session.ledger().save(Promise.create(client.id(), "Send the Kaunas rollout plan", DAY, DAY.plusDays(3)));
        Problem problem = session.ledger().save(Problem.create(client.id(), RaisedBy.CLIENT, DAY, "Rollout in Kaunas slipped a week"));
        Request request = session.ledger().save(new Request(0, client.id(), null, Instant.parse("2026-11-24T09:00:00Z"), Channel.EMAIL,
                "Questions on the budget", List.of("When will the Kaunas depot open?", "Who signs off?"), null, null, List.of(), false));

        List<SearchHit> hits = session.search().search("kaunas").ledger();

        assertThat(hits).extracting(SearchHit::kind).containsExactly(Kind.REQUEST, Kind.PROBLEM, Kind.PROMISE);
        assertThat(hits).extracting(SearchHit::id).containsExactly(request.id(), problem.id(), promise.id());
        assertThat(hits).allSatisfy(h -> assertThat(h.clientId()).isEqualTo(client.id()));
        assertThat(hits.get(2).detail()).isEqualTo("2026-11-28 · Baltic Freight");
        assertThat(hits.get(1).detail()).isEqualTo(ProblemStatus.OPEN.label() + " · Baltic Freight");
        assertThat(hits.get(0).title()).isEqualTo("Questions on the budget");
        assertThat(session.search().search("kaunas").isEmpty()).isFalse();
    }

    @Test
    void theIndexFollowsEditsAndDeletions() {
        Promise promise = session.ledger().save(Promise.create(client.id(), "Send the tariff table", DAY, DAY.plusDays(3)));
        assertThat(session.search().search("tariff").ledger()).hasSize(1);

        session.ledger().save(new Promise(promise.id(), promise.clientId(), null, null, "Send the route map", promise.madeOn(),
                promise.due(), null, promise.outcome(), null, promise.exceeded(), "", null, "", promise.history()));
        assertThat(session.search().search("tariff").ledger()).isEmpty();
        assertThat(session.search().search("route map").ledger()).extracting(SearchHit::id).containsExactly(promise.id());

        session.ledger().deletePromise(promise.id());
        assertThat(session.search().search("route").ledger()).isEmpty();
    }

    @Test
    void accentsAndCaseAreIgnoredAsInTheJournal() {
        session.ledger().save(Problem.create(client.id(), RaisedBy.CLIENT, DAY, "Šiaulių sandėlis vėluoja"));
        session.ledger().save(Problem.create(client.id(), RaisedBy.CLIENT, DAY, "Клиент недоволен сроками"));
        assertThat(session.search().search("siauliu").ledger()).hasSize(1);
        assertThat(session.search().search("клиент").ledger()).hasSize(1);
        assertThat(session.search().search("КЛИЕНТ НЕДО").ledger()).hasSize(1);
    }

    @Test
    void aJsonImportFillsTheIndexOnceAndLeavesItFollowingChanges() {
        session.ledger().save(Promise.create(client.id(), "Send the tariff table", DAY, DAY.plusDays(3)));
        session.ledger().save(new Request(0, client.id(), null, Instant.parse("2026-11-24T09:00:00Z"), Channel.EMAIL,
                "Invoices", List.of("Which tariff applies?"), null, null, List.of(), false));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new JournalDump(session.journal()).write(out, n -> { });

        try (JournalSession copy = JournalSession.open(dir.resolve("copy.rapport"))) {
            JournalDump dump = new JournalDump(copy.journal());
            dump.load(dump.read(new java.io.ByteArrayInputStream(out.toByteArray())), false, n -> { });
            assertThat(copy.search().search("tariff").ledger()).extracting(SearchHit::kind).containsExactly(Kind.REQUEST, Kind.PROMISE);

            Promise imported = copy.ledger().promises(null).get(0);
            copy.ledger().deletePromise(imported.id());
            copy.ledger().save(Problem.create(imported.clientId(), RaisedBy.CLIENT, DAY, "Tariff dispute"));
            assertThat(copy.search().search("tariff").ledger()).extracting(SearchHit::kind).containsExactlyInAnyOrder(Kind.PROBLEM, Kind.REQUEST);
        }
    }

    @Test
    void aClientsDeletionTakesItsLedgerOutOfTheSearch() {
        session.ledger().save(Promise.create(client.id(), "Send the tariff table", DAY, DAY.plusDays(3)));
        session.deleteClient(client.id());
        assertThat(session.search().search("tariff").ledger()).isEmpty();
    }
}
