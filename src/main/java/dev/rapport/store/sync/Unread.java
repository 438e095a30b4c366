package dev.rapport.store.sync;

import java.util.List;
import java.util.Set;

/**
 * What the other devices wrote after what was seen: their complete, authentic batches, in
 * sequence order per device, each at most once. A device whose next batch is missing is waited
 * for (nothing after a gap is given). {@code behind} names the devices whose next unread batch was
 * pruned (the pruning device's manifest says how far it deleted, so a late file is not mistaken
 * for a pruned one): the caller cannot catch up with batches and joins from
 * {@link SyncFolder#latestSnapshot()} instead, then reads the batches after its {@code covers()}.
 */
public record Unread(List<SyncBatch> batches, Set<String> behind, List<SyncProblem> problems) {
    public Unread {
        batches = List.copyOf(batches);
        behind = Set.copyOf(behind);
        problems = List.copyOf(problems);
    }

    public boolean tooFarBehind() {
        return !behind.isEmpty();
    }
}
