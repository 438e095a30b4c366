package dev.rapport.store.sync;

import dev.rapport.i18n.I18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Reads the other devices' batches after what was seen, for {@link SyncFolder#unread}. */
final class UnreadReader {
    private final FolderKey key;
    private final FolderListing listing;
    private final Supplier<Optional<SyncSnapshot>> latestSnapshot;
    private final List<SyncBatch> batches = new ArrayList<>();
    private final Set<String> behind = new HashSet<>();
    private final List<SyncProblem> problems = new ArrayList<>();

    UnreadReader(FolderKey key, FolderListing listing, Supplier<Optional<SyncSnapshot>> latestSnapshot) {
        this.key = key;
        this.listing = listing;
        this.latestSnapshot = latestSnapshot;
    }

    Unread read(String self, Map<String, Long> seen) {
        for (String device : listing.changes().keySet()) {
            if (!device.equals(self)) {
                readDevice(device, seen.getOrDefault(device, 0L));
            }
        }
        for (Map.Entry<String, Long> e : latestSnapshot.get().map(SyncSnapshot::covers).orElse(Map.of()).entrySet()) {
            if (!e.getKey().equals(self) && !listing.changes().containsKey(e.getKey()) && e.getValue() > seen.getOrDefault(e.getKey(), 0L)) {
                behind.add(e.getKey());
            }
        }
        return new Unread(batches, behind, problems);
    }

    private void readDevice(String device, long seenSeq) {
        for (long seq = seenSeq + 1; ; seq++) {
            List<Path> files = listing.change(device, seq);
            if (files.isEmpty()) {
                if (pruned(device, seq)) {
                    behind.add(device);
                }
                return;
            }
            SyncBatch batch = open(device, seq, files);
            if (batch == null) {
                return;
            }
            batches.add(batch);
        }
    }

    /** The change is missing because pruning took it: a snapshot covers it and none of the changes it covers is left. */
    private boolean pruned(String device, long seq) {
        long covered = latestSnapshot.get().map(s -> s.covers().getOrDefault(device, 0L)).orElse(0L);
        NavigableMap<Long, List<Path>> files = listing.changesOf(device);
        return covered >= seq && files.headMap(covered, true).isEmpty();
    }

    /** The batch in the first authentic file (the plain name before copies), or null while none is whole. */
    private SyncBatch open(String device, long seq, List<Path> files) {
        byte[] chosen = null;
        Path chosenFile = null;
        byte[] context = SealedPiece.changeContext(device, seq);
        for (Path file : files) {
            SealedPiece.Outcome o = SealedPiece.read(key, SealedPiece.KIND_CHANGE, context, file);
            String name = file.getFileName().toString();
            switch (o.state()) {
                case COMPLETE -> {
                    if (chosen == null) {
                        chosen = o.plain();
                        chosenFile = file;
                    } else if (!Arrays.equals(chosen, o.plain())) {
                        problems.add(new SyncProblem(name, SyncProblem.Kind.CONFLICT,
                                I18n.t("files.syncFolder.conflict", name, chosenFile.getFileName().toString())));
                    }
                }
                case TAMPERED -> problems.add(new SyncProblem(name, SyncProblem.Kind.TAMPERED, I18n.t("files.syncFolder.tampered", name)));
                case NEWER -> problems.add(new SyncProblem(name, SyncProblem.Kind.NEWER_FORMAT, I18n.t("files.syncFolder.newerFile", name)));
                case INCOMPLETE -> { }
            }
        }
        return chosen == null ? null : new SyncBatch(device, seq, chosen);
    }
}
