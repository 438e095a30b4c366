package dev.rapport.store.sync;

import dev.rapport.i18n.I18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sync folder's files one by one: what a device publishes another reads once, in order; a
 * file still arriving waits, a changed one is reported and skipped, a wrong passphrase writes
 * nothing, snapshots round-trip in chunks and refuse a changed chunk.
 */
class SyncFolderTest {
    static final String PASS = "sync folder passphrase";
    static final String A = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String B = "bbbbbbbb-0000-4000-8000-000000000002";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T14:02:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    static SyncFolder open(Path folder, String device, String name) {
        return SyncFolder.open(folder, device, name, PASS.toCharArray(), CLOCK);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Path changeFile(Path folder, String device, long seq) {
        return folder.resolve(FolderNames.change(device, seq));
    }

    @Test
    void anotherDeviceReadsEachBatchOnceInOrder() {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        for (int seq = 1; seq <= 3; seq++) {
            a.publish(seq, bytes("batch " + seq));
        }
        Unread first = b.unread(Map.of());
        assertThat(first.batches()).extracting(SyncBatch::seq).containsExactly(1L, 2L, 3L);
        assertThat(new String(first.batches().get(2).payload(), StandardCharsets.UTF_8)).isEqualTo("batch 3");
        assertThat(first.problems()).isEmpty();
        assertThat(b.unread(Map.of(A, 3L)).batches()).isEmpty();
        assertThat(a.unread(Map.of()).batches()).as("a device never reads its own batches").isEmpty();
    }

    @Test
    void aRoundsBatchesArePublishedTogetherWithOneManifest() {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        long revision = a.devices().stream().filter(d -> d.id().equals(A)).findFirst().orElseThrow().revision();
        a.publishAll(new TreeMap<>(Map.of(1L, bytes("one"), 2L, bytes("two"), 3L, bytes("three"))));
        assertThat(b.unread(Map.of()).batches()).extracting(SyncBatch::seq).containsExactly(1L, 2L, 3L);
        assertThat(b.devices()).filteredOn(d -> d.id().equals(A)).singleElement().satisfies(d -> {
            assertThat(d.lastSeq()).isEqualTo(3);
            assertThat(d.revision()).isEqualTo(revision + 1);
        });
    }

    @Test
    void publishingTheSameBatchAgainChangesNothingButOtherBytesAreRefused() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        a.publish(1, bytes("one"));
        byte[] before = Files.readAllBytes(changeFile(folder, A, 1));
        a.publish(1, bytes("one"));
        assertThat(Files.readAllBytes(changeFile(folder, A, 1))).isEqualTo(before);
        assertThatThrownBy(() -> a.publish(1, bytes("other"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(a.lastPublished()).isEqualTo(1);
    }

    @Test
    void aFileCutShortAtAnyByteIsIgnoredUntilItIsWhole() throws IOException {
        Path other = Files.createDirectory(folder.resolve("other"));
        SyncFolder a = open(folder, A, "Laptop");
        a.publish(1, bytes("the whole batch, not a byte less"));
        Files.copy(folder.resolve(FolderKey.FILE), other.resolve(FolderKey.FILE));
        SyncFolder b = open(other, B, "Desk-PC");
        byte[] whole = Files.readAllBytes(changeFile(folder, A, 1));
        for (int length = 0; length < whole.length; length++) {
            Files.write(changeFile(other, A, 1), java.util.Arrays.copyOf(whole, length));
            Unread u = b.unread(Map.of());
            assertThat(u.batches()).as("cut at %d", length).isEmpty();
            assertThat(u.problems()).as("cut at %d is not an error", length).isEmpty();
            assertThat(changeFile(other, A, 1)).as("and is not deleted").exists();
        }
        Files.write(changeFile(other, A, 1), whole);
        assertThat(b.unread(Map.of()).batches()).extracting(SyncBatch::seq).containsExactly(1L);
    }

    @Test
    void aFlippedByteAnywhereIsReportedSkippedAndLeftInPlace() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        a.publish(1, bytes("flip me"));
        Path file = changeFile(folder, A, 1);
        byte[] whole = Files.readAllBytes(file);
        for (int at = 0; at < whole.length; at++) {
            byte[] flipped = whole.clone();
            flipped[at] ^= 0x01;
            Files.write(file, flipped);
            Unread u = b.unread(Map.of());
            assertThat(u.batches()).as("byte %d flipped", at).isEmpty();
            assertThat(u.problems()).as("byte %d flipped", at).singleElement()
                    .satisfies(p -> assertThat(p.kind()).isIn(SyncProblem.Kind.TAMPERED, SyncProblem.Kind.NEWER_FORMAT));
            assertThat(file).exists();
        }
        Files.write(file, whole);
        assertThat(b.unread(Map.of()).batches()).hasSize(1);
    }

    @Test
    void aFileRenamedToAnotherNumberOrDeviceFailsItsCheck() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        a.publish(2, bytes("two"));
        Files.copy(changeFile(folder, A, 2), changeFile(folder, A, 1));
        Unread u = b.unread(Map.of());
        assertThat(u.batches()).isEmpty();
        assertThat(u.problems()).extracting(SyncProblem::kind).containsExactly(SyncProblem.Kind.TAMPERED);
        assertThat(u.problems().get(0).message()).isEqualTo(I18n.t("files.syncFolder.tampered", FolderNames.change(A, 1)));
    }

    @Test
    void aGapIsWaitedForAndFilesArriveInAnyOrder() throws IOException {
        Path other = Files.createDirectory(folder.resolve("other"));
        SyncFolder a = open(folder, A, "Laptop");
        Files.copy(folder.resolve(FolderKey.FILE), other.resolve(FolderKey.FILE));
        SyncFolder b = open(other, B, "Desk-PC");
        for (int seq = 1; seq <= 4; seq++) {
            a.publish(seq, bytes("b" + seq));
        }
        for (long seq : new long[] {4, 1, 3}) {
            Files.copy(changeFile(folder, A, seq), changeFile(other, A, seq));
        }
        Unread u = b.unread(Map.of());
        assertThat(u.batches()).extracting(SyncBatch::seq).containsExactly(1L);
        assertThat(u.tooFarBehind()).isFalse();
        Files.copy(changeFile(folder, A, 2), changeFile(other, A, 2));
        assertThat(b.unread(Map.of(A, 1L)).batches()).extracting(SyncBatch::seq).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aConflictCopyWithTheSameBytesIsReadOnceAndOneWithOtherBytesIsReported() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        a.publish(1, bytes("first"));
        Path plain = changeFile(folder, A, 1);
        String name = plain.getFileName().toString();
        String stem = name.substring(0, name.length() - FolderNames.EXTENSION.length());
        Files.copy(plain, folder.resolve(stem + " (1)" + FolderNames.EXTENSION));
        Files.copy(plain, folder.resolve(stem + ".sync-conflict-20261208-140200-ABCDEFG" + FolderNames.EXTENSION));
        Unread same = b.unread(Map.of());
        assertThat(same.batches()).hasSize(1);
        assertThat(same.problems()).isEmpty();

        // the device wrote batch 1 again with other contents (restored from a backup, say)
        Path aside = folder.resolve(stem + "-DESKTOP" + FolderNames.EXTENSION);
        Files.move(plain, aside);
        a.publish(1, bytes("second"));
        Unread conflict = b.unread(Map.of());
        assertThat(conflict.batches()).singleElement().satisfies(batch -> assertThat(batch.payload()).isEqualTo(bytes("second")));
        assertThat(conflict.problems()).extracting(SyncProblem::kind).containsOnly(SyncProblem.Kind.CONFLICT).hasSize(3);
        assertThat(aside).exists();
    }

    @Test
    void temporaryFilesOfRapportAndOfSyncToolsAreNeverRead() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        a.publish(1, bytes("one"));
        Path plain = changeFile(folder, A, 1);
        Files.move(plain, folder.resolve(".syncthing." + plain.getFileName() + ".tmp"));
        Files.write(folder.resolve("." + FolderNames.change(A, 2) + ".12345.tmp"), new byte[] {1, 2, 3});
        Unread u = b.unread(Map.of());
        assertThat(u.batches()).isEmpty();
        assertThat(u.problems()).isEmpty();
    }

    @Test
    void aWrongPassphraseIsOneClearErrorAndWritesNothing() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        a.publish(1, bytes("one"));
        Map<String, byte[]> before = contents(folder);
        assertThatThrownBy(() -> SyncFolder.open(folder, B, "Desk-PC", "not the passphrase".toCharArray(), CLOCK))
                .isInstanceOfSatisfying(SyncFolderException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SyncFolderException.Reason.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).isEqualTo(I18n.t("files.syncFolder.wrongPassphrase", folder.toString()));
                });
        assertThat(contents(folder)).containsOnlyKeys(before.keySet())
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(before.get(name)));
    }

    @Test
    void aHeaderStillArrivingIsReportedAndNothingIsWritten() throws IOException {
        open(folder, A, "Laptop");
        Path header = folder.resolve(FolderKey.FILE);
        byte[] whole = Files.readAllBytes(header);
        Files.write(header, java.util.Arrays.copyOf(whole, whole.length / 2));
        Map<String, byte[]> before = contents(folder);
        assertThatThrownBy(() -> open(folder, B, "Desk-PC")).isInstanceOfSatisfying(SyncFolderException.class,
                e -> assertThat(e.reason()).isEqualTo(SyncFolderException.Reason.UNREADABLE_HEADER));
        assertThat(contents(folder).keySet()).isEqualTo(before.keySet());
    }

    @Test
    void theHeaderHoldsNoSecretOnlySaltCostAndCheck() throws IOException {
        open(folder, A, "Laptop");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve(FolderKey.FILE).toFile());
        List<String> fields = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("format", "folder", "kdf", "memoryKiB", "passes", "lanes", "salt", "check");
    }

    @Test
    void devicesListNamesAndWhenEachLastWrote() {
        SyncFolder a = open(folder, A, "Laptop");
        SyncFolder b = open(folder, B, "Desk-PC");
        b.publish(1, bytes("x"));
        a.acknowledge(Map.of(B, 1L));
        Map<String, SyncDevice> byName = new TreeMap<>();
        a.devices().forEach(d -> byName.put(d.name(), d));
        assertThat(byName).containsOnlyKeys("Laptop", "Desk-PC");
        assertThat(byName.get("Desk-PC").lastWrote()).isEqualTo(Instant.parse("2026-12-08T14:02:00Z"));
        assertThat(byName.get("Desk-PC").lastSeq()).isEqualTo(1);
        assertThat(byName.get("Laptop").lastWrote()).as("it has written no batch yet").isNull();
        assertThat(open(folder, A, "Laptop").devices()).filteredOn(d -> d.id().equals(A)).singleElement()
                .satisfies(d -> assertThat(d.seen()).containsEntry(B, 1L));
    }

    @Test
    void aSnapshotRoundTripsInChunksAndRefusesAChangedChunk() throws IOException {
        SyncFolder a = open(folder, A, "Laptop");
        Random random = new Random(7);
        for (int size : new int[] {0, 1, SnapshotFile.CHUNK, 2 * SnapshotFile.CHUNK + 13}) {
            byte[] payload = new byte[size];
            random.nextBytes(payload);
            a.writeSnapshot(payload, Map.of(A, (long) size));
            SyncSnapshot latest = a.latestSnapshot().orElseThrow();
            assertThat(latest.covers()).isEqualTo(Map.of(A, (long) size));
            assertThat(latest.readAll()).isEqualTo(payload);
            deleteSnapshots(folder);
        }
        byte[] payload = new byte[3 * SnapshotFile.CHUNK];
        random.nextBytes(payload);
        a.writeSnapshot(payload, Map.of(A, 3L));
        Path file = snapshots(folder).get(0);
        byte[] whole = Files.readAllBytes(file);
        whole[whole.length - SnapshotFile.CHUNK] ^= 0x40;
        Files.write(file, whole);
        SyncSnapshot changed = a.latestSnapshot().orElseThrow();
        assertThatThrownBy(changed::readAll).isInstanceOf(IOException.class);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 1));
        assertThat(a.latestSnapshot()).as("a snapshot still arriving is not offered").isEmpty();
    }

    static List<Path> snapshots(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith("snapshot.")).sorted().toList();
        }
    }

    private static void deleteSnapshots(Path folder) throws IOException {
        for (Path file : snapshots(folder)) {
            Files.delete(file);
        }
    }

    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> all = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return all;
    }
}
