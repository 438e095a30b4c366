package dev.rapport.tools.bench;

import dev.rapport.store.SafeFiles;
import dev.rapport.store.sync.SyncFolder;
import dev.rapport.store.sync.Unread;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Issue 20's transport figures, on a sync folder of its own beside the journal: opening it (the
 * Argon2id key at the journal's cost), writing and reading a sealed snapshot of the size a
 * 100,000-entry journal makes (30 MB), and one round of 10 small batches (published by one
 * device, read by the other, which records what it has seen). Merging and applying are not in
 * these figures; they are the transport's share of "join < 30 s, round < 1 s".
 */
final class SyncFolderBench {
    static final String OPEN = "sync folder: open (Argon2id key, manifest)";
    static final String WRITE = "sync folder: write a %d MB snapshot (sealed in 64 KiB chunks)";
    static final String READ = "sync folder: read a %d MB snapshot (every chunk checked)";
    static final String ROUND = "sync folder: a round of 10 small batches (publish, read, acknowledge)";
    private static final String LAPTOP = "b0000000-0000-4000-8000-00000000000a";
    private static final String DESK = "b0000000-0000-4000-8000-00000000000b";

    private final int runs;
    private final int snapshotBytes;

    SyncFolderBench(int runs, int snapshotBytes) {
        this.runs = Math.max(1, runs);
        this.snapshotBytes = snapshotBytes;
    }

    List<Bench.Figure> run(Path dir) throws Exception {
        Path folder = SafeFiles.temporaryFolderBeside(dir.resolve("bench-sync"));
        char[] passphrase = "bench sync passphrase".toCharArray();
        List<Bench.Figure> out = new ArrayList<>();
        try {
            SyncFolder laptop = SyncFolder.open(folder, LAPTOP, "Laptop", passphrase);
            out.add(time(OPEN, () -> SyncFolder.open(folder, DESK, "Desk", passphrase)));
            SyncFolder desk = SyncFolder.open(folder, DESK, "Desk", passphrase);
            byte[] payload = new byte[snapshotBytes];
            new Random(20).nextBytes(payload);
            int mb = snapshotBytes >> 20;
            out.add(time(String.format(java.util.Locale.ROOT, WRITE, mb), () -> {
                laptop.writeSnapshot(payload, Map.of(LAPTOP, 0L));
                return null;
            }));
            out.add(time(String.format(java.util.Locale.ROOT, READ, mb), () -> desk.latestSnapshot().orElseThrow().readAll().length));
            long[] seq = {0};
            Map<String, Long> seen = new java.util.HashMap<>();
            out.add(time(ROUND, () -> {
                java.util.SortedMap<Long, byte[]> batches = new java.util.TreeMap<>();
                for (int i = 0; i < 10; i++) {
                    batches.put(++seq[0], new byte[600]);
                }
                laptop.publishAll(batches);
                Unread u = desk.unread(seen);
                if (u.batches().size() != 10) {
                    throw new IllegalStateException("a round read " + u.batches().size() + " batches, not 10");
                }
                seen.put(LAPTOP, seq[0]);
                desk.acknowledge(seen);
                return null;
            }));
        } finally {
            Arrays.fill(passphrase, ' ');
            SafeFiles.deleteFolderQuietly(folder);
        }
        return out;
    }

    private Bench.Figure time(String name, Callable<?> work) throws Exception {
        work.call();
        double[] ms = new double[runs];
        System.gc();
        Bench.resetPeaks();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new Bench.Figure(name, Bench.percentile(ms, 50), Bench.percentile(ms, 95), runs, Bench.peakHeapMb());
    }
}
