package dev.rapport.store.sync;

import dev.rapport.store.SafeFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Deletes the change files every known device has read and the chosen snapshot covers, and the
 * snapshots that one supersedes. A device is known by its manifest; one that was forgotten, or
 * whose manifest has not arrived, is not waited for: it finds itself behind and joins from the
 * snapshot ({@link Unread#behind()}).
 */
final class Pruner {
    private Pruner() {
    }

    /** How many files were deleted. */
    static int prune(FolderListing listing, Map<String, SyncDevice> devices, List<SyncSnapshot> snapshots) {
        Optional<SyncSnapshot> latest = Snapshots.latest(snapshots);
        if (latest.isEmpty()) {
            return 0;
        }
        Map<String, Long> covers = latest.get().covers();
        int deleted = 0;
        for (Map.Entry<String, NavigableMap<Long, List<Path>>> e : listing.changes().entrySet()) {
            long upTo = Math.min(covers.getOrDefault(e.getKey(), 0L), seenByAll(e.getKey(), devices));
            for (List<Path> files : e.getValue().headMap(upTo, true).values()) {
                for (Path file : files) {
                    SafeFiles.deleteQuietly(file);
                    deleted++;
                }
            }
        }
        for (SyncSnapshot older : snapshots) {
            if (older != latest.get() && Snapshots.dominates(covers, older.covers())) {
                SafeFiles.deleteQuietly(older.file());
                deleted++;
            }
        }
        return deleted;
    }

    /** The last change of {@code device} that every other known device has read. */
    private static long seenByAll(String device, Map<String, SyncDevice> devices) {
        return devices.values().stream().filter(d -> !d.id().equals(device))
                .mapToLong(d -> d.seenOf(device)).min().orElse(Long.MAX_VALUE);
    }
}
