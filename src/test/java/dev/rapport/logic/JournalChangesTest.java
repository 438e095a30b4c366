package dev.rapport.logic;

import dev.rapport.export.DataExchange;
import dev.rapport.logic.JournalChanges.Change;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every door that writes is announced once, after the commit, with what it changed. */
class JournalChangesTest {
    @TempDir
    Path dir;
    JournalSession session;
    final List<Change> heard = new ArrayList<>();
    JournalChanges.Subscription subscription;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"));
        subscription = session.changes().listen(heard::add);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aSavedClientIsAnnouncedWithItsId() {
        Client c = session.clients().save(Client.create("Nordlicht"));

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).kinds()).contains(Kind.CLIENTS);
        assertThat(heard.get(0).clientIds()).containsExactly(c.id());
    }

    @Test
    void aKeptPromiseIsAPromiseChange() {
        Client c = session.clients().save(Client.create("Nordlicht"));
        Promise p = session.ledger().save(Promise.create(c.id(), "Send the draft", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)));
        heard.clear();

        session.ledger().markKept(p.id(), LocalDate.of(2026, 11, 21), java.util.Set.of(), "");

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).kinds()).containsExactly(Kind.PROMISES);
    }

    @Test
    void anImportOfContactsIsOneChangeOfPeople() {
        String vcf = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ilona Berg\r\nORG:Nordlicht\r\nEND:VCARD\r\n"
                + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tomas Kern\r\nORG:Nordlicht\r\nEND:VCARD\r\n";
        var plan = new DataExchange(session.data()).readVcf(new ByteArrayInputStream(vcf.getBytes(StandardCharsets.UTF_8)), null);

        new DataExchange(session.data()).apply(plan);

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).kinds()).contains(Kind.PEOPLE, Kind.CLIENTS);
    }

    @Test
    void undoingADeletedClientIsAnnounced() {
        Client c = session.clients().save(Client.create("Nordlicht"));
        ClientSnapshot snapshot = session.deleteClient(c.id());
        heard.clear();

        session.undoDelete(snapshot);

        assertThat(heard).isNotEmpty();
        assertThat(heard.get(heard.size() - 1).kinds()).contains(Kind.CLIENTS);
    }

    @Test
    void writesInOneTransactionAreOneChangeAfterTheCommit() {
        session.inOneTransaction(() -> {
            Client c = session.clients().save(Client.create("Nordlicht"));
            session.ledger().save(Promise.create(c.id(), "Send the draft", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20)));
            assertThat(heard).as("nothing is told before the commit").isEmpty();
            return c;
        });

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).kinds()).contains(Kind.CLIENTS, Kind.PROMISES);
    }

    @Test
    void aRolledBackWriteIsNotAnnounced() {
        assertThatThrownBy(() -> session.inOneTransaction(() -> {
            session.clients().save(Client.create("Nordlicht"));
            throw new IllegalStateException("stop");
        })).isInstanceOf(IllegalStateException.class);
        session.settings().put("rhythm.idealDays", "14");

        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).kinds()).containsExactly(Kind.SETTINGS);
        assertThat(heard.get(0).clientIds()).isEmpty();
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        subscription.close();

        session.clients().save(Client.create("Nordlicht"));

        assertThat(heard).isEmpty();
        assertThat(session.changes().listenerCount()).isZero();
    }

    @Test
    void everyTableOfTheJournalBelongsToAKind() {
        List<String> tables = session.journal().read(c -> {
            List<String> out = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
        List<String> searchIndexes = tables.stream().filter(t -> t.contains("_fts_")).toList();
        List<String> unmapped = tables.stream().filter(t -> !searchIndexes.contains(t) && !JournalChanges.TABLES.containsKey(t)
                && !JournalChanges.bookkeeping(t) && !t.equals("schema_version")).toList();

        assertThat(unmapped).as("tables a change to would go unannounced").isEmpty();
    }
}
