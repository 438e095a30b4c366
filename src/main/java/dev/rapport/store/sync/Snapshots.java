package dev.rapport.store.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The folder's complete, authentic snapshots, and the one a device joins from. */
final class Snapshots {
    private Snapshots() {
    }

    static List<SyncSnapshot> complete(FolderKey key, List<Path> files) {
        List<SyncSnapshot> found = new ArrayList<>();
        for (Path file : files) {
            SnapshotFile.Outcome o = SnapshotFile.read(key, file);
            if (o.state() == SealedPiece.State.COMPLETE) {
                found.add(new SyncSnapshot(key, file, o.description()));
            }
        }
        return found;
    }

    /**
     * The snapshot that covers the most changes (then the newest): a device joins from it, and
     * pruning keeps every change it does not cover, so one choice serves both.
     */
    static Optional<SyncSnapshot> latest(List<SyncSnapshot> snapshots) {
        return snapshots.stream().max(Comparator.comparingLong(SyncSnapshot::coverage)
                .thenComparing(SyncSnapshot::writtenAt)
                .thenComparing(s -> s.file().getFileName().toString()));
    }

    /** True when {@code newer} covers at least as much of every device as {@code older}. */
    static boolean dominates(Map<String, Long> newer, Map<String, Long> older) {
        return older.entrySet().stream().allMatch(e -> newer.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }
}
