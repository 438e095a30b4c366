package dev.rapport.store.sync;

import dev.rapport.i18n.I18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the other devices' batches after what was seen, for {@link SyncFolder#unread}. */
final class UnreadReader {
    private final FolderKey key;
    private final FolderListing listing;
    /** Up to where any device pruned each device's changes. */
    private final Map<String, Long> pruned = new HashMap<>();
    private final List<SyncBatch> batches = new ArrayList<>();
    private final Set<String> behind = new HashSet<>();
    private final List<SyncProblem> problems = new ArrayList<>();

    UnreadReader(FolderKey key, FolderListing listing, Collection<SyncDevice> devices) {
        this.key = key;
        this.listing = listing;
        devices.forEach(d -> d.pruned().forEach((device, seq) -> pruned.merge(device, seq, Math::max)));
    }

    Unread read(String self, Map<String, Long> seen) {
        for (String device : listing.changes().keySet()) {
            if (!device.equals(self)) {
                readDevice(device, seen.getOrDefault(device, 0L));
            }
        }
        pruned.forEach((device, upTo) -> {
            if (!device.equals(self) && !listing.changes().containsKey(device) && upTo > seen.getOrDefault(device, 0L)) {
                behind.add(device);
            }
        });
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

    /** The change is missing because a device pruned it (its manifest says how far), not because it has not arrived yet. */
    private boolean pruned(String device, long seq) {
        return pruned.getOrDefault(device, 0L) >= seq;
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
