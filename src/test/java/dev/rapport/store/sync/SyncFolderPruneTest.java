package dev.rapport.store.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.rapport.store.sync.SyncFolderTest.A;
import static dev.rapport.store.sync.SyncFolderTest.B;
import static dev.rapport.store.sync.SyncFolderTest.bytes;
import static dev.rapport.store.sync.SyncFolderTest.changeFile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pruning deletes only change files that every known device has read and a snapshot covers; a
 * device that was away and whose unread files went learns that it is behind and joins from the
 * snapshot, then reads the batches after it.
 */
class SyncFolderPruneTest {
    private static final String C = "cccccccc-0000-4000-8000-000000000003";

    @TempDir
    Path folder;

    private SyncFolder open(String device) {
        return SyncFolderTest.open(folder, device, "Device " + device.charAt(0));
    }

    private void publish(SyncFolder device, int from, int to) {
        for (int seq = from; seq <= to; seq++) {
            device.publish(seq, bytes(device.deviceId() + " " + seq));
        }
    }

    @Test
    void withoutASnapshotNothingIsPruned() {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        publish(a, 1, 3);
        b.acknowledge(Map.of(A, 3L));
        assertThat(a.prune()).isZero();
        assertThat(changeFile(folder, A, 1)).exists();
    }

    @Test
    void onlyWhatEveryDeviceReadAndTheSnapshotCoversGoes() {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        SyncFolder c = open(C);
        publish(a, 1, 6);
        b.acknowledge(Map.of(A, 2L));
        c.acknowledge(Map.of(A, 5L));
        c.writeSnapshot(bytes("journal as of A:4"), Map.of(A, 4L));
        assertThat(a.prune()).isEqualTo(2);
        assertThat(existing(A)).containsExactly(3L, 4L, 5L, 6L);
        b.acknowledge(Map.of(A, 6L));
        assertThat(c.prune()).as("now the snapshot's bound holds").isEqualTo(2);
        assertThat(existing(A)).containsExactly(5L, 6L);
    }

    @Test
    void aDeviceThatReadNothingKeepsEveryFile() {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        open(C);
        publish(a, 1, 4);
        b.acknowledge(Map.of(A, 4L));
        b.writeSnapshot(bytes("all of A"), Map.of(A, 4L));
        assertThat(a.prune()).isZero();
        assertThat(existing(A)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void pruningNeverRemovesAFileSomeKnownDeviceHasNotRead() throws IOException {
        Random random = new Random(20);
        for (int trial = 0; trial < 6; trial++) {
            Path trialFolder = Files.createDirectories(folder.resolve("trial" + trial));
            Map<String, SyncFolder> devices = new HashMap<>();
            for (String id : List.of(A, B, C)) {
                devices.put(id, SyncFolderTest.open(trialFolder, id, "Device"));
            }
            Map<String, Integer> published = new HashMap<>();
            for (String id : devices.keySet()) {
                int count = 1 + random.nextInt(5);
                published.put(id, count);
                for (int seq = 1; seq <= count; seq++) {
                    devices.get(id).publish(seq, bytes(id + seq));
                }
            }
            Map<String, Map<String, Long>> seen = new HashMap<>();
            for (String reader : devices.keySet()) {
                Map<String, Long> vector = new HashMap<>();
                for (String writer : devices.keySet()) {
                    if (!writer.equals(reader)) {
                        vector.put(writer, (long) random.nextInt(published.get(writer) + 1));
                    }
                }
                seen.put(reader, vector);
                devices.get(reader).acknowledge(vector);
            }
            Map<String, Long> covers = new HashMap<>();
            devices.keySet().forEach(id -> covers.put(id, (long) random.nextInt(published.get(id) + 1)));
            devices.get(A).writeSnapshot(bytes("snapshot"), covers);
            devices.get(B).prune();
            for (String writer : devices.keySet()) {
                for (long seq = 1; seq <= published.get(writer); seq++) {
                    boolean unseenBySome = false;
                    for (String reader : devices.keySet()) {
                        unseenBySome |= !reader.equals(writer) && seen.get(reader).get(writer) < seq;
                    }
                    boolean gone = !Files.exists(changeFile(trialFolder, writer, seq));
                    if (unseenBySome || seq > covers.get(writer)) {
                        assertThat(gone).as("trial %d: %s's batch %d is unseen or uncovered", trial, writer, seq).isFalse();
                    } else {
                        assertThat(gone).as("trial %d: %s's batch %d was read by all and covered", trial, writer, seq).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void aDeviceAwayForMonthsIsToldItIsBehindAndJoinsFromTheSnapshot() throws IOException {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        SyncFolder c = open(C);
        a.forget(C);
        publish(a, 1, 5);
        b.acknowledge(Map.of(A, 5L));
        b.writeSnapshot(bytes("journal with A up to 5"), Map.of(A, 5L));
        a.writeSnapshot(bytes("an older one"), Map.of(A, 2L));
        assertThat(b.prune()).as("five change files and the superseded snapshot").isEqualTo(6);
        assertThat(existing(A)).isEmpty();
        publish(a, 6, 7);

        Unread away = c.unread(Map.of(A, 1L));
        assertThat(away.tooFarBehind()).isTrue();
        assertThat(away.behind()).containsExactly(A);
        assertThat(away.batches()).isEmpty();
        SyncSnapshot join = c.latestSnapshot().orElseThrow();
        assertThat(join.readAll()).isEqualTo(bytes("journal with A up to 5"));
        Unread after = c.unread(join.covers());
        assertThat(after.tooFarBehind()).isFalse();
        assertThat(after.batches()).extracting(SyncBatch::seq).containsExactly(6L, 7L);
        c.acknowledge(Map.of(A, 7L));
        assertThat(a.devices()).extracting(SyncDevice::id).as("it came back").contains(C);
    }

    @Test
    void behindWhenPruningTookTheNextChangeEvenWithLaterOnesLeft() {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        SyncFolder c = open(C);
        a.forget(C);
        publish(a, 1, 10);
        b.acknowledge(Map.of(A, 5L));
        b.writeSnapshot(bytes("A up to 10"), Map.of(A, 10L));
        assertThat(a.prune()).isEqualTo(5);
        assertThat(existing(A)).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(c.unread(Map.of(A, 2L)).behind()).containsExactly(A);
        assertThat(b.unread(Map.of(A, 5L)).batches()).as("a device that read up to the bound reads on").hasSize(5);
    }

    @Test
    void aChangeNotYetArrivedIsWaitedForEvenWhenASnapshotCoversIt() throws IOException {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        publish(a, 1, 3);
        a.writeSnapshot(bytes("A up to 3"), Map.of(A, 3L));
        Files.delete(changeFile(folder, A, 1));
        Unread u = b.unread(Map.of());
        assertThat(u.tooFarBehind()).as("nobody pruned it: it is late, not gone").isFalse();
        assertThat(u.batches()).isEmpty();
    }

    @Test
    void conflictCopiesOfAPrunedBatchGoToo() throws IOException {
        SyncFolder a = open(A);
        SyncFolder b = open(B);
        publish(a, 1, 2);
        Path plain = changeFile(folder, A, 1);
        Files.copy(plain, plain.resolveSibling(plain.getFileName().toString().replace(".rsync", " (1).rsync")));
        b.acknowledge(Map.of(A, 2L));
        b.writeSnapshot(bytes("s"), Map.of(A, 1L));
        assertThat(a.prune()).isEqualTo(2);
        assertThat(existing(A)).containsExactly(2L);
    }

    private List<Long> existing(String device) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> FolderNames.parse(f.getFileName().toString()))
                    .flatMap(java.util.Optional::stream)
                    .filter(p -> p.kind() == FolderNames.Kind.CHANGE && p.device().equals(device))
                    .map(FolderNames.Parsed::number).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
