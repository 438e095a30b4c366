package dev.rapport.logic.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.store.sync.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

/** Two devices through an in-memory transport: what one writes reaches the other, and concurrent writes settle the same on both. */
class SyncMergeTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final AtomicLong wall = new AtomicLong(Instant.parse("2026-11-02T09:00:00Z").toEpochMilli());
    private JournalSession a;
    private JournalSession b;
    private SyncEngine syncA;
    private SyncEngine syncB;

    private void open() {
        a = JournalSession.open(dir.resolve("a.rapport"), CLOCK);
        b = JournalSession.open(dir.resolve("b.rapport"), CLOCK);
        syncA = SyncEngine.attach(a.journal(), () -> wall.addAndGet(1000));
        // B's clock is an hour behind
        syncB = SyncEngine.attach(b.journal(), () -> wall.addAndGet(1000) - 3_600_000);
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
    }

    private void round() {
        List<byte[]> fromA = List.of(syncA.outgoing(0));
        List<byte[]> fromB = List.of(syncB.outgoing(0));
        syncB.apply(fromA);
        syncA.apply(fromB);
    }

    @Test
    void aClientWithItsPersonReachesTheOtherDevice() {
        open();
        Client acme = a.clients().save(Client.create("Acme"));
        a.contacts().save(Contact.create(acme.id(), "Olena"));
        round();
        Client there = b.clients().byName("Acme");
        assertThat(b.contacts().forClient(there.id())).extracting(Contact::name).containsExactly("Olena");
        assertThat(syncB.journal().rowsByKey()).isEqualTo(syncA.journal().rowsByKey());
    }

    @Test
    void theLaterEditWinsAndTheEarlierIsKeptInHistory() {
        open();
        Client acme = a.clients().save(Client.create("Acme"));
        round();
        Client onB = b.clients().byName("Acme");
        a.clients().save(new Client(acme.id(), "Acme", acme.status(), false, "", "from A", acme.rhythm()));
        b.clients().save(new Client(onB.id(), "Acme", onB.status(), false, "", "from B", onB.rhythm()));
        round();
        // B's clock is an hour behind, but B's edit came after it had seen A's client: the clocks order by what was seen
        assertThat(a.clients().byName("Acme").notes()).isEqualTo(b.clients().byName("Acme").notes());
        String kept = a.clients().byName("Acme").notes();
        String lost = kept.equals("from A") ? "from B" : "from A";
        List<FieldChange> history = syncA.journal().history("client", null);
        assertThat(history).anySatisfy(h -> assertThat(h.value()).isEqualTo(lost));
        assertThat(syncB.journal().history("client", null)).anySatisfy(h -> assertThat(h.value()).isEqualTo(lost));
    }

    @Test
    void aDeleteWinsOverAConcurrentEditAndTheEditIsKept() {
        open();
        Client acme = a.clients().save(Client.create("Acme"));
        round();
        Client onB = b.clients().byName("Acme");
        a.clients().delete(acme.id());
        b.clients().save(new Client(onB.id(), "Acme", onB.status(), false, "", "edited on B", onB.rhythm()));
        round();
        assertThat(a.clients().count()).isZero();
        assertThat(b.clients().count()).isZero();
        assertThat(syncA.journal().history("client", null)).anySatisfy(h -> assertThat(h.value()).isEqualTo("edited on B"));
        assertThat(syncB.journal().history("client", null)).anySatisfy(h -> assertThat(h.value()).isEqualTo("edited on B"));
    }

    @Test
    void twoClientsGivenTheSameNameOnTwoDevicesEndNamedTheSameOnBoth() {
        open();
        a.clients().save(Client.create("Acme"));
        b.clients().save(Client.create("ACME"));
        round();
        assertThat(a.clients().all()).extracting(Client::name).containsExactlyInAnyOrderElementsOf(
                b.clients().all().stream().map(Client::name).toList());
        assertThat(a.clients().count()).isEqualTo(2);
        assertThat(syncB.journal().rowsByKey()).isEqualTo(syncA.journal().rowsByKey());
    }

    @Test
    void aPayloadCutShortIsRefusedAndTakenWhenItComesWhole() {
        open();
        a.clients().save(Client.create("Acme"));
        byte[] whole = syncA.outgoing(0);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThat(syncB.apply(List.of(half))).isEqualTo(new SyncEngine.Received(0, 1));
        assertThat(b.clients().count()).isZero();
        assertThat(syncB.apply(List.of(whole))).isEqualTo(new SyncEngine.Received(1, 0));
        assertThat(b.clients().byName("Acme")).isNotNull();
    }

    @Test
    void anEncryptedJournalSyncsLikeAPlainOneAndKeepsItsOutboxWhenReopened() {
        open();
        a.clients().save(Client.create("Acme"));
        Path file = dir.resolve("sealed.rapport");
        char[] secret = "correct horse battery".toCharArray();
        long published;
        try (JournalSession sealed = JournalSession.openEncrypted(file, secret.clone(), CLOCK)) {
            SyncEngine sync = SyncEngine.attach(sealed.journal(), () -> wall.addAndGet(1000));
            sync.apply(List.of(syncA.outgoing(0)));
            Client acme = sealed.clients().byName("Acme");
            sealed.contacts().save(Contact.create(acme.id(), "Olena"));
            published = sync.lastSeq();
            assertThat(published).isPositive();
        }
        try (JournalSession sealed = JournalSession.openEncrypted(file, secret.clone(), CLOCK)) {
            SyncEngine sync = SyncEngine.attach(sealed.journal(), () -> wall.addAndGet(1000));
            assertThat(sync.lastSeq()).isEqualTo(published);
            syncA.apply(List.of(sync.outgoing(0)));
            assertThat(a.contacts().forClient(a.clients().byName("Acme").id())).extracting(Contact::name).containsExactly("Olena");
            assertThat(sync.journal().rowsByKey()).isEqualTo(syncA.journal().rowsByKey());
        }
    }

    @Test
    void appliedChangesAreNotPublishedAgain() {
        open();
        a.clients().save(Client.create("Acme"));
        long before = syncB.lastSeq();
        round();
        assertThat(syncB.lastSeq()).isEqualTo(before);
    }
}
