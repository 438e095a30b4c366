package dev.rapport.logic.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.rapport.logic.ClientSnapshot;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.model.Interaction;
import dev.rapport.model.Promise;
import dev.rapport.model.RapportException;
import dev.rapport.i18n.I18n;
import dev.rapport.store.sync.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three devices, each on its own journal file, writing through the app's own services (create,
 * edit the same fields, delete while another edits, merge people, undo), their payloads delivered
 * in random order, twice, late and cut short, their clocks an hour apart: at the end every device
 * holds the same rows (compared by global id), and every value any device wrote is either a current
 * value or in history on every device. {@code -Drapport.sync.ops=1000} runs the full size.
 */
class ThreeDevicesSyncTest {
    private static final Logger LOG = Logger.getLogger(ThreeDevicesSyncTest.class.getName());
    private static final int OPS = Integer.getInteger("rapport.sync.ops", 300);
    private static final long[] SEEDS = Arrays.stream(System.getProperty("rapport.sync.seeds", "11,23").split(","))
            .mapToLong(Long::parseLong).toArray();
    private static final String[] NAMES = {"Acme", "Borealis", "Cobalt", "Dunmore", "Elbe"};
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** One simulated device: its journal, its sync, its clock's skew and what it can undo this session. */
    private static final class Device {
        final JournalSession session;
        final SyncEngine sync;
        long published;
        final List<ClientSnapshot> deleted = new ArrayList<>();
        final List<ContactMerge> merges = new ArrayList<>();

        Device(Path file, AtomicLong wall, long skew) {
            session = JournalSession.open(file, CLOCK);
            sync = SyncEngine.attach(session.journal(), () -> wall.addAndGet(7) + skew);
        }
    }

    private record Parcel(int to, byte[] payload) {
    }

    @Test
    void everyDeviceEndsWithTheSameJournalAndNothingWrittenIsLost() throws Exception {
        for (long seed : SEEDS) {
            long started = System.nanoTime();
            run(seed, Files.createDirectory(dir.resolve("seed" + seed)));
            LOG.info(() -> "3 devices x " + OPS + " operations, seed " + seed + ": " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
    }

    private void run(long seed, Path folder) {
        Random r = new Random(seed);
        AtomicLong wall = new AtomicLong(Instant.parse("2026-11-02T09:00:00Z").toEpochMilli());
        long[] skews = {-3_600_000, 0, 3_600_000};
        List<Device> devices = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            devices.add(new Device(folder.resolve("d" + i + ".rapport"), wall, skews[i]));
        }
        List<Parcel> inFlight = new ArrayList<>();
        int refused = 0;
        try {
            for (int op = 0; op < OPS * 3; op++) {
                int from = r.nextInt(3);
                Device d = devices.get(from);
                int kind = r.nextInt(100);
                if (kind < 10) {
                    publish(d, from, r, inFlight);
                } else if (kind < 20) {
                    refused += deliver(devices, r.nextInt(3), r, inFlight);
                } else {
                    act(d, op, r);
                }
            }
            for (int i = 0; i < 3; i++) {
                Device d = devices.get(i);
                for (int to = 0; to < 3; to++) {
                    if (to != i) {
                        inFlight.add(new Parcel(to, d.sync.outgoing(0)));
                    }
                }
            }
            Collections.shuffle(inFlight, r);
            for (Parcel p : inFlight) {
                assertThat(devices.get(p.to()).sync.apply(List.of(p.payload())).refused()).isZero();
            }
            var expected = devices.get(0).sync.journal().rowsByKey();
            assertThat(expected.get("client")).as("seed %d made clients", seed).isNotEmpty();
            for (Device d : devices) {
                assertThat(d.sync.journal().rowsByKey()).as("seed %d: every device holds the same rows", seed).isEqualTo(expected);
            }
            for (Device writer : devices) {
                List<FieldChange> written = ChangeBatch.decode(writer.sync.outgoing(0)).orElseThrow();
                for (Device d : devices) {
                    for (FieldChange ch : written) {
                        assertThat(d.sync.journal().holds(ch)).as("seed %d: %s is current or in history", seed, ch).isTrue();
                    }
                }
            }
            assertThat(refused).as("payloads cut short were refused").isPositive();
        } finally {
            devices.forEach(d -> d.session.close());
        }
    }

    /** A device publishes its changes since it last did, now and then again from earlier (a duplicate). */
    private static void publish(Device d, int from, Random r, List<Parcel> inFlight) {
        long after = r.nextInt(5) == 0 ? Math.max(0, d.published - 1 - r.nextInt(20)) : d.published;
        byte[] payload = d.sync.outgoing(after);
        d.published = d.sync.lastSeq();
        for (int to = 0; to < 3; to++) {
            if (to != from) {
                inFlight.add(new Parcel(to, payload));
            }
        }
    }

    /** Delivers some of what is on its way to one device, in random order, sometimes first cut short; returns how many were refused. */
    private static int deliver(List<Device> devices, int to, Random r, List<Parcel> inFlight) {
        // what this session could undo is offered until the next sync round: the rows it would bring back may have changed
        devices.get(to).deleted.clear();
        devices.get(to).merges.clear();
        List<Parcel> mine = new ArrayList<>(inFlight.stream().filter(p -> p.to() == to).toList());
        Collections.shuffle(mine, r);
        List<Parcel> now = mine.subList(0, mine.isEmpty() ? 0 : 1 + r.nextInt(mine.size()));
        int refused = 0;
        for (Parcel p : now) {
            if (r.nextInt(5) == 0) {
                byte[] cut = Arrays.copyOf(p.payload(), p.payload().length / 2);
                refused += devices.get(to).sync.apply(List.of(cut)).refused();
                continue; // stays on its way, to come whole later
            }
            assertThat(devices.get(to).sync.apply(List.of(p.payload())).refused()).isZero();
            if (r.nextInt(4) != 0) {
                inFlight.remove(p); // else it comes again
            }
        }
        return refused;
    }

    private static void act(Device d, int op, Random r) {
        JournalSession s = d.session;
        List<Client> clients = s.clients().all();
        try {
            int kind = r.nextInt(13);
            if (clients.isEmpty() || kind == 0) {
                s.clients().save(Client.create(NAMES[r.nextInt(NAMES.length)] + (r.nextBoolean() ? "" : " " + op)));
                return;
            }
            Client c = clients.get(r.nextInt(clients.size()));
            List<Contact> people = s.contacts().forClient(c.id());
            List<Interaction> entries = s.interactions().forClient(c.id(), 20, 0).stream().map(e -> e.interaction()).toList();
            switch (kind) {
                case 1 -> s.contacts().save(Contact.create(c.id(), "Person " + op));
                case 2 -> s.interactions().save(new Interaction(0, c.id(), LocalDateTime.of(2026, 10, 1 + r.nextInt(28), 10, 0),
                        Channel.CALL, "Entry " + op, "Summary " + op, "", List.of(), null,
                        people.isEmpty() ? List.of() : List.of(people.get(r.nextInt(people.size())).id())));
                case 3 -> s.ledger().save(Promise.create(c.id(), "Promise " + op, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 1)));
                case 4, 5 -> s.clients().save(new Client(c.id(), c.name(), c.status(), c.archived(), c.industry(), "Notes " + op, c.rhythm()));
                case 6 -> s.clients().save(new Client(c.id(), NAMES[r.nextInt(NAMES.length)] + " " + op, c.status(), c.archived(),
                        c.industry(), c.notes(), c.rhythm()));
                case 7 -> {
                    if (!entries.isEmpty()) {
                        Interaction e = entries.get(r.nextInt(entries.size()));
                        s.interactions().save(new Interaction(e.id(), e.clientId(), e.moment(), e.channel(), "Title " + op, e.summary(),
                                e.privateNotes(), e.tags(), e.mood(), e.contactIds()));
                    }
                }
                case 8 -> {
                    if (!entries.isEmpty()) {
                        s.interactions().delete(entries.get(r.nextInt(entries.size())).id());
                    }
                }
                case 9 -> {
                    if (r.nextInt(3) == 0) {
                        d.deleted.add(s.deleteClient(c.id()));
                    }
                }
                case 10 -> {
                    if (!d.deleted.isEmpty()) {
                        s.undoDelete(d.deleted.remove(d.deleted.size() - 1));
                    }
                }
                case 11 -> {
                    if (people.size() >= 2) {
                        d.merges.add(s.duplicates().merge(people.get(0), people.get(1).id()));
                    }
                }
                default -> {
                    if (!d.merges.isEmpty()) {
                        s.duplicates().undo(d.merges.remove(d.merges.size() - 1));
                    }
                }
            }
        } catch (RapportException refusedByTheJournal) {
            // a rule of the journal said no (a name already taken, a row another device deleted), as in the app;
            // a failure the journal cannot name is a fault, not a refusal
            if (I18n.t("files.journal.failed", s.file().getFileName().toString()).equals(refusedByTheJournal.getMessage())) {
                throw refusedByTheJournal;
            }
        }
    }
}
