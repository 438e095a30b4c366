package dev.rapport.store.sync;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.rapport.store.sync.SyncFolderTest.A;
import static dev.rapport.store.sync.SyncFolderTest.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Two devices, each with its own copy of the sync folder, and a sync tool that copies files
 * between them at random moments, partly, under temporary names, as conflict copies, in any
 * order: both sides end with every batch of the other exactly once, byte for byte, and nothing
 * that was incomplete is ever accepted.
 */
class SyncFolderRandomCopyTest {
    private static final int BATCHES = 20;

    @TempDir
    Path root;

    /** One device and what it has published and read. */
    private static final class Side {
        final SyncFolder folder;
        final String id;
        final Map<Long, byte[]> published = new LinkedHashMap<>();
        final Map<String, Long> seen = new HashMap<>();
        final List<Long> readFromOther = new ArrayList<>();

        Side(SyncFolder folder, String id) {
            this.folder = folder;
            this.id = id;
        }

        void publish(Random random) {
            long seq = published.size() + 1L;
            byte[] payload = new byte[random.nextInt(3000)];
            random.nextBytes(payload);
            published.put(seq, payload);
            folder.publish(seq, payload);
        }

        void read(Side other, boolean acknowledge) {
            Unread u = folder.unread(seen);
            assertThat(u.problems()).as("nothing the tool did is tampering").isEmpty();
            assertThat(u.tooFarBehind()).isFalse();
            for (SyncBatch batch : u.batches()) {
                assertThat(batch.device()).isEqualTo(other.id);
                assertThat(batch.seq()).as("in order, each once").isEqualTo(seen.getOrDefault(other.id, 0L) + 1);
                byte[] sent = other.published.get(batch.seq());
                if (sent == null) {
                    fail("read batch " + batch.seq() + " before it was published");
                }
                assertThat(batch.payload()).as("batch %d whole and unchanged", batch.seq()).isEqualTo(sent);
                seen.put(other.id, batch.seq());
                readFromOther.add(batch.seq());
            }
            if (acknowledge) {
                folder.acknowledge(seen);
            }
        }

        void assertReadAllOf(Side other) {
            assertThat(readFromOther).as("every batch of the other device, once, in order")
                    .containsExactlyElementsOf(other.published.keySet());
        }
    }

    @Test
    void bothSidesEndWithEveryBatchExactlyOnceWhateverTheToolDoes() throws IOException {
        for (long seed = 1; seed <= 10; seed++) {
            run(seed);
        }
    }

    private void run(long seed) throws IOException {
        Random random = new Random(seed);
        Path laptop = Files.createDirectories(root.resolve(seed + "/laptop"));
        Path desk = Files.createDirectories(root.resolve(seed + "/desk"));
        Side a = new Side(SyncFolderTest.open(laptop, A, "Laptop"), A);
        Files.copy(laptop.resolve(FolderKey.FILE), desk.resolve(FolderKey.FILE));
        Side b = new Side(SyncFolderTest.open(desk, B, "Desk-PC"), B);
        SyncTool tool = new SyncTool(random, orderedOwners(laptop, A, desk, B));
        while (a.published.size() < BATCHES || b.published.size() < BATCHES) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (a.published.size() < BATCHES) {
                        a.publish(random);
                    }
                }
                case 1 -> {
                    if (b.published.size() < BATCHES) {
                        b.publish(random);
                    }
                }
                case 2 -> a.read(b, random.nextBoolean());
                case 3 -> b.read(a, random.nextBoolean());
                default -> {
                    for (int i = random.nextInt(6); i >= 0; i--) {
                        tool.step();
                    }
                }
            }
        }
        tool.finish();
        a.read(b, true);
        b.read(a, true);
        a.assertReadAllOf(b);
        b.assertReadAllOf(a);
        assertThat(a.folder.devices()).extracting(SyncDevice::name).containsExactlyInAnyOrder("Laptop", "Desk-PC");
    }

    /** The same with the tool as a thread of its own, copying while the devices write and read. */
    @Test
    void aSyncToolThreadCopyingMeanwhileChangesNothingOfThat() throws Exception {
        Random random = new Random(42);
        Path laptop = Files.createDirectories(root.resolve("thread/laptop"));
        Path desk = Files.createDirectories(root.resolve("thread/desk"));
        Side a = new Side(SyncFolderTest.open(laptop, A, "Laptop"), A);
        Files.copy(laptop.resolve(FolderKey.FILE), desk.resolve(FolderKey.FILE));
        Side b = new Side(SyncFolderTest.open(desk, B, "Desk-PC"), B);
        SyncTool tool = new SyncTool(new Random(43), orderedOwners(laptop, A, desk, B));
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<?> copying = executor.submit(() -> {
                for (int i = 0; i < 3000; i++) {
                    tool.step();
                }
                return null;
            });
            for (int round = 0; round < BATCHES; round++) {
                a.publish(random);
                b.publish(random);
                a.read(b, true);
                b.read(a, true);
            }
            copying.get();
        } finally {
            executor.shutdownNow();
        }
        tool.finish();
        a.read(b, true);
        b.read(a, true);
        a.assertReadAllOf(b);
        b.assertReadAllOf(a);
    }

    private static Map<Path, String> orderedOwners(Path first, String firstOwner, Path second, String secondOwner) {
        Map<Path, String> owners = new LinkedHashMap<>();
        owners.put(first, firstOwner);
        owners.put(second, secondOwner);
        return owners;
    }
}
