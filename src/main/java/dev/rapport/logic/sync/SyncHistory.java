package dev.rapport.logic.sync;

import java.util.List;

/** The concurrent edits sync has settled, newest first, and taking one back. */
public interface SyncHistory {
    /** The newest {@code limit} concurrent edits, across rounds. */
    List<SyncRound.ConcurrentEdit> recent(int limit);

    /**
     * Puts the overwritten value back as a new edit made on this device now (so it syncs as any
     * edit does, and the value it replaces goes into the history in its turn).
     */
    void takeBack(String editId);
}
