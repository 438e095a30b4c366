package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.RapportException;
import dev.rapport.store.JournalDump;
import dev.rapport.tools.demo.DemoJournal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deleting a client and undoing it gives back the very same journal, every table included. */
class ClientDeleteUndoTest {
    @TempDir
    Path dir;
    JournalSession session;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"));
        DemoJournal.fill(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void undoBringsBackEveryRowTheDeletionTook() {
        Client richest = richestClient();
        String before = dump();
        Map<String, Long> countsBefore = new JournalDump(session.journal()).counts();

        ClientSnapshot snapshot = session.deleteClient(richest.id());
        Map<String, Long> countsAfterDelete = new JournalDump(session.journal()).counts();
        for (String table : new String[] {"contact", "interaction", "promise", "problem", "request", "review", "survey_answer"}) {
            assertThat(countsAfterDelete.get(table)).as(table).isLessThan(countsBefore.get(table));
        }
        assertThat(snapshot.rowCount()).isGreaterThan(20);

        Client restored = session.undoDelete(snapshot);

        assertThat(restored).isEqualTo(richest);
        assertThat(dump()).isEqualTo(before);
        String someWord = session.interactions().page(new dev.rapport.model.JournalFilter(richest.id(), null, null, null, null), 1, 0)
                .get(0).interaction().title().split("\\s+")[0];
        assertThat(session.search().search(someWord).entries()).isNotEmpty();
    }

    @Test
    void undoAfterTheIdsWereReusedChangesNothingAndSaysWhy() {
        Client newest = session.clients().all().stream().max(Comparator.comparingLong(Client::id)).orElseThrow();
        ClientSnapshot snapshot = session.deleteClient(newest.id());
        Client taker = session.clients().save(new Client(0, "Taker of ids", dev.rapport.model.ClientStatus.ACTIVE, false, "", "",
                dev.rapport.model.Rhythm.DEFAULT));
        assertThat(taker.id()).isEqualTo(newest.id());
        String before = dump();

        assertThatThrownBy(() -> session.undoDelete(snapshot)).isInstanceOf(RapportException.class)
                .hasMessageContaining("cannot be brought back");
        assertThat(dump()).isEqualTo(before);
    }

    private Client richestClient() {
        return session.clients().all().stream()
                .max(Comparator.comparingLong(c -> session.ledger().promises(c.id()).size() + session.ledger().problems(c.id()).size()))
                .orElseThrow();
    }

    private String dump() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JournalDump(session.journal()).write(out, n -> { });
        return out.toString(StandardCharsets.UTF_8);
    }
}
