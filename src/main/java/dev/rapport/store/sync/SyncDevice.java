package dev.rapport.store.sync;

import java.time.Instant;
import java.util.Map;

/**
 * One device of a sync folder as its sealed manifest tells it: its random id, the name the
 * person gave it, when it last wrote changes and its last change number, and what it has read
 * of each other device ({@code seen}: device id → last change number read).
 */
public record SyncDevice(String id, String name, Instant lastWrote, long lastSeq, Map<String, Long> seen, long revision) {
    public SyncDevice {
        seen = Map.copyOf(seen);
    }

    /** How far this device has read the changes of {@code device} (0: none). */
    public long seenOf(String device) {
        return device.equals(id) ? lastSeq : seen.getOrDefault(device, 0L);
    }
}
