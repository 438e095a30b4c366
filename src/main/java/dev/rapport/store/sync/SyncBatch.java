package dev.rapport.store.sync;

/** One device's change file, opened: its number in that device's sequence and the bytes it carries. */
public record SyncBatch(String device, long seq, byte[] payload) {
}
