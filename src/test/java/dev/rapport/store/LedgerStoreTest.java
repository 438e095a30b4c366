package dev.rapport.store;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Dimension;
import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.ValidationException;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerStoreTest {
    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void aPromiseWithItsHistoryDimensionsAndReportRoundTrips() {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            Client client = new ClientRepository(journal).save(Client.create("Acme"));
            Contact ann = new ContactRepository(journal).save(Contact.create(client.id(), "Ann"));
            Interaction meeting = new InteractionRepository(journal).save(new Interaction(0, client.id(), DAY.atTime(10, 0),
                    Channel.MEETING, "Kick-off", "", "", List.of(), null, List.of(ann.id())));
            PromiseRepository promises = new PromiseRepository(journal);
            Promise p = new Promise(0, client.id(), ann.id(), meeting.id(), "Send the rollout plan", DAY, DAY.plusDays(7), DAY,
                    PromiseOutcome.OPEN, null, Set.of(), "", null, "", List.of());
            p = promises.save(p.renegotiated(DAY.plusDays(3), DAY.plusDays(10), "Waiting for depot data"));
            p = promises.save(p.withOutcome(PromiseOutcome.KEPT, DAY.plusDays(9), Set.of(Dimension.QUALITY, Dimension.OTHER), "Depth")
                    .withReport(DAY.plusDays(10), "Included a risk map nobody asked for"));
            Promise back = promises.find(p.id()).orElseThrow();
            assertThat(back).isEqualTo(p);
            assertThat(back.history()).singleElement().satisfies(r -> {
                assertThat(r.previousDue()).isEqualTo(DAY.plusDays(7));
                assertThat(r.newDue()).isEqualTo(DAY.plusDays(10));
            });
            assertThat(back.exceeded()).containsExactlyInAnyOrder(Dimension.QUALITY, Dimension.OTHER);
        }
    }

    @Test
    void aPromiseLinkedToAnotherClientsContactIsRefusedAndNothingIsStored() {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            ClientRepository clients = new ClientRepository(journal);
            Client a = clients.save(Client.create("A"));
            Client b = clients.save(Client.create("B"));
            Contact bob = new ContactRepository(journal).save(Contact.create(b.id(), "Bob"));
            Promise p = new Promise(0, a.id(), bob.id(), null, "x", DAY, DAY, null, null, null, null, "", null, "", null);
            PromiseRepository promises = new PromiseRepository(journal);
            assertThatThrownBy(() -> promises.save(p)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.field()).isEqualTo("contact"));
            assertThat(promises.list(null)).isEmpty();
        }
    }

    @Test
    void problemsRequestsAndTargetsRoundTrip() {
        try (Journal journal = Journal.open(dir.resolve("j.rapport"))) {
            Client client = new ClientRepository(journal).save(Client.create("Acme"));
            ProblemRepository problems = new ProblemRepository(journal);
            Problem p = problems.save(Problem.create(client.id(), RaisedBy.CLIENT, DAY, "Invoices doubled"));
            p = problems.save(p.withStatus(ProblemStatus.RESOLVED, DAY.plusDays(2)).withReport(DAY.plusDays(3), "A weekend of reconciling"));
            assertThat(problems.find(p.id())).contains(p);

            RequestRepository requests = new RequestRepository(journal);
            Instant received = Instant.parse("2026-11-02T08:15:00Z");
            Request r = requests.save(Request.create(client.id(), received, List.of("When?", "Who?", "How much?")));
            r = requests.save(r.acknowledged(received.plusSeconds(1800))
                    .answered(received.plusSeconds(7200), List.of("Monday", "Jonas", "€4,000"), true));
            Request back = requests.find(r.id()).orElseThrow();
            assertThat(back).isEqualTo(r);
            assertThat(back.answers()).containsExactly("Monday", "Jonas", "€4,000");

            assertThat(requests.targets()).isEmpty();
            requests.saveTargets(client.id(), new ResponseTargets(1, 8, true));
            requests.saveTargets(client.id(), new ResponseTargets(1, 12, true));
            assertThat(requests.targets()).containsEntry(client.id(), new ResponseTargets(1, 12, true));
        }
    }

    @Test
    void aJournalAtSchemaOneUpgradesInPlaceWithItsDataUntouched() throws Exception {
        Path file = dir.resolve("old.rapport");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : SqlScript.split(resource("migration/V1__journal.sql"))) {
                s.execute(sql);
            }
            s.execute("PRAGMA application_id = " + JournalFileCheck.APPLICATION_ID);
            s.execute("PRAGMA user_version = 1");
            s.execute("INSERT INTO client (id, name, rhythm_ideal_days, rhythm_max_days) VALUES (7, 'Baltic Freight Lines', 7, 14)");
            s.execute("INSERT INTO contact (id, client_id, name) VALUES (3, 7, 'Šarūnas Žemaitis')");
            s.execute("INSERT INTO interaction (id, client_id, occurred_at, channel, title, private_notes, tags) "
                    + "VALUES (11, 7, '2026-11-20T09:30', 'CALL', 'Depot review', 'secret', 'rollout')");
            s.execute("INSERT INTO setting VALUES ('theme', 'dark')");
        }
        try (Journal journal = Journal.open(file)) {
            assertThat(journal.schemaVersion()).isEqualTo(Migrations.latestVersion()).isGreaterThanOrEqualTo(2);
            Client client = new ClientRepository(journal).find(7).orElseThrow();
            assertThat(client.name()).isEqualTo("Baltic Freight Lines");
            assertThat(client.rhythm().maxDays()).isEqualTo(14);
            assertThat(new ContactRepository(journal).forClient(7)).extracting(Contact::name).containsExactly("Šarūnas Žemaitis");
            Interaction entry = new InteractionRepository(journal).find(11).orElseThrow();
            assertThat(entry.occurredAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 30));
            assertThat(entry.privateNotes()).isEqualTo("secret");
            assertThat(new SettingsRepository(journal).get("theme")).contains("dark");
            Promise p = new PromiseRepository(journal).save(new Promise(0, 7, 3L, 11L, "Plan", DAY, DAY, null, null, null,
                    null, "", null, "", null));
            assertThat(new PromiseRepository(journal).list(7L)).containsExactly(p);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM interaction_fts WHERE interaction_fts MATCH 'depot'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        assertThat(Files.exists(file)).isTrue();
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
