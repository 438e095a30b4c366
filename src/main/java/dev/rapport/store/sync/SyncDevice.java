package dev.rapport.store.sync;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * One device of a sync folder as its sealed manifest tells it: its random id, the name the
 * person gave it, when it last wrote changes and its last change number, what it has read of
 * each other device ({@code seen}: device id → last change number read) and up to where it
 * deleted each device's change files when it pruned ({@code pruned}), which tells a device that
 * was away that it is behind. Each change makes a new revision; of two copies the higher counts.
 */
public record SyncDevice(String id, String name, Instant lastWrote, long lastSeq, Map<String, Long> seen, Map<String, Long> pruned,
                         long revision) {
    public SyncDevice {
        seen = Map.copyOf(seen);
        pruned = Map.copyOf(pruned);
    }

    static SyncDevice first(String id, String name) {
        return new SyncDevice(id, name, null, 0, Map.of(), Map.of(), 1);
    }

    /** How far this device has read the changes of {@code device} (0: none). */
    public long seenOf(String device) {
        return device.equals(id) ? lastSeq : seen.getOrDefault(device, 0L);
    }

    SyncDevice named(String newName) {
        return new SyncDevice(id, newName, lastWrote, lastSeq, seen, pruned, revision + 1);
    }

    SyncDevice wrote(Instant at, long seq) {
        return new SyncDevice(id, name, at, Math.max(seq, lastSeq), seen, pruned, revision + 1);
    }

    SyncDevice read(Map<String, Long> more) {
        Map<String, Long> merged = upward(seen, more);
        merged.remove(id);
        return new SyncDevice(id, name, lastWrote, lastSeq, merged, pruned, revision + 1);
    }

    SyncDevice prunedUpTo(Map<String, Long> more) {
        return new SyncDevice(id, name, lastWrote, lastSeq, seen, upward(pruned, more), revision + 1);
    }

    /** The two vectors merged, each device at the higher of its two numbers. */
    private static Map<String, Long> upward(Map<String, Long> vector, Map<String, Long> more) {
        Map<String, Long> merged = new HashMap<>(vector);
        more.forEach((device, seq) -> merged.merge(device, seq, Math::max));
        return merged;
    }
}
