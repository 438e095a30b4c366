package dev.rapport.store.sync;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Which files pruning deletes: the change files every known device has read and the chosen
 * snapshot covers, and the snapshots that one supersedes. A device is known by its manifest; one
 * that was forgotten, or whose manifest has not arrived, is not waited for: it finds itself
 * behind and joins from the snapshot ({@link Unread#behind()}).
 */
final class Pruner {
    /** The files to delete, and up to which change number of each device they go. */
    record Plan(List<Path> files, Map<String, Long> upTo) {
    }

    private Pruner() {
    }

    static Plan plan(FolderListing listing, Map<String, SyncDevice> devices, List<SyncSnapshot> snapshots) {
        Optional<SyncSnapshot> latest = Snapshots.latest(snapshots);
        List<Path> files = new ArrayList<>();
        Map<String, Long> upTo = new HashMap<>();
        if (latest.isEmpty()) {
            return new Plan(files, upTo);
        }
        Map<String, Long> covers = latest.get().covers();
        for (Map.Entry<String, NavigableMap<Long, List<Path>>> e : listing.changes().entrySet()) {
            long bound = Math.min(covers.getOrDefault(e.getKey(), 0L), seenByAll(e.getKey(), devices));
            NavigableMap<Long, List<Path>> gone = e.getValue().headMap(bound, true);
            if (!gone.isEmpty()) {
                upTo.put(e.getKey(), gone.lastKey());
                gone.values().forEach(files::addAll);
            }
        }
        for (SyncSnapshot older : snapshots) {
            if (older != latest.get() && Snapshots.dominates(covers, older.covers())) {
                files.add(older.file());
            }
        }
        return new Plan(files, upTo);
    }

    /** The last change of {@code device} that every other known device has read. */
    private static long seenByAll(String device, Map<String, SyncDevice> devices) {
        return devices.values().stream().filter(d -> !d.id().equals(device))
                .mapToLong(d -> d.seenOf(device)).min().orElse(Long.MAX_VALUE);
    }
}
