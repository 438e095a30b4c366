package dev.rapport.store.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * A complete, authentic snapshot in the folder: who wrote it, when, and how far it covers each
 * device's changes (device id → last change number in it). Its payload is read a sealed chunk
 * at a time through {@link #open()}; a chunk changed since the description was checked ends the
 * stream with an IOException, so a caller applies it all-or-nothing.
 */
public final class SyncSnapshot {
    private final FolderKey key;
    private final Path file;
    private final SnapshotFile.Description description;

    SyncSnapshot(FolderKey key, Path file, SnapshotFile.Description description) {
        this.key = key;
        this.file = file;
        this.description = description;
    }

    public String writtenBy() {
        return description.device();
    }

    public Instant writtenAt() {
        return description.writtenAt();
    }

    public Map<String, Long> covers() {
        return description.covers();
    }

    public long length() {
        return description.payloadLength();
    }

    public InputStream open() throws IOException {
        return SnapshotFile.payload(key, file);
    }

    /** The whole payload in one array (for payloads that fit in memory once). */
    public byte[] readAll() throws IOException {
        byte[] all = new byte[Math.toIntExact(length())];
        try (InputStream in = open()) {
            if (in.readNBytes(all, 0, all.length) < all.length || in.read() >= 0) {
                throw new IOException("The snapshot's length differs from its description");
            }
        }
        return all;
    }

    Path file() {
        return file;
    }

    long coverage() {
        return description.covers().values().stream().mapToLong(Long::longValue).sum();
    }
}
