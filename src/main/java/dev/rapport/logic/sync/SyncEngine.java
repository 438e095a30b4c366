package dev.rapport.logic.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import dev.rapport.store.Journal;
import dev.rapport.store.sync.FieldChange;
import dev.rapport.store.sync.SyncJournal;

/**
 * Where a transport (the sync folder) meets the merge: it takes this device's changes after a
 * sequence number as one payload, and hands over the payloads it found, in any order, again or
 * late. Payloads are opaque to the transport, which seals and stores them.
 */
public final class SyncEngine {
    /** What a round of received payloads did: how many were merged, how many were not whole and were left for later. */
    public record Received(int applied, int refused) {
    }

    private final SyncJournal sync;

    private SyncEngine(SyncJournal sync) {
        this.sync = sync;
    }

    public static SyncEngine attach(Journal journal, LongSupplier wallMillis) {
        return new SyncEngine(SyncJournal.attach(journal, wallMillis));
    }

    /** The engine over a journal that takes part already (a session's). */
    public static SyncEngine of(SyncJournal sync) {
        return new SyncEngine(sync);
    }

    public static SyncEngine attach(Journal journal) {
        return attach(journal, System::currentTimeMillis);
    }

    public String device() {
        return sync.device();
    }

    /** The number of this device's latest change: what a transport records as published. */
    public long lastSeq() {
        return sync.lastSeq();
    }

    /** This device's changes numbered after {@code afterSeq}, as one payload. */
    public byte[] outgoing(long afterSeq) {
        return ChangeBatch.encode(sync.device(), sync.outgoing(afterSeq));
    }

    /** Merges every whole payload (all of them together, or none); payloads not whole are counted and left out. */
    public Received apply(List<byte[]> payloads) {
        List<FieldChange> changes = new ArrayList<>();
        int refused = 0;
        for (byte[] payload : payloads) {
            Optional<List<FieldChange>> read = ChangeBatch.decode(payload);
            if (read.isPresent()) {
                changes.addAll(read.get());
            } else {
                refused++;
            }
        }
        sync.apply(changes);
        return new Received(payloads.size() - refused, refused);
    }

    /** The journal's sync side, for what the transport does not need (history, comparing devices). */
    public SyncJournal journal() {
        return sync;
    }

    public void detach() {
        sync.detach();
    }
}
