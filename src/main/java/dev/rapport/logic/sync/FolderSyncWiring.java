package dev.rapport.logic.sync;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.RapportException;
import dev.rapport.store.sync.FieldChange;
import dev.rapport.store.sync.Hlc;
import dev.rapport.store.sync.SyncBatch;
import dev.rapport.store.sync.SyncDevice;
import dev.rapport.store.sync.SyncEdits;
import dev.rapport.store.sync.SyncFolder;
import dev.rapport.store.sync.SyncFolderException;
import dev.rapport.store.sync.SyncJournal;
import dev.rapport.store.sync.SyncProblem;
import dev.rapport.store.sync.Unread;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The real engine: a round publishes this device's new changes as one batch in the sync folder,
 * reads the other devices' batches after what this device has seen, merges them and records what
 * it read in its manifest. Batches are numbered 1, 2, 3… in the folder (the reader waits at a
 * gap), so which change each batch ended at is kept device-locally under {@value #SENT}.
 * Joining from a snapshot and pruning are not done yet: a new device reads every change file.
 */
public final class FolderSyncWiring implements SyncWiring {
    /** "batch:change" — the folder batch this device last published and the last change it held. */
    static final String SENT = SyncSettings.PREFIX + "sent";
    /** The folder's devices' names as their manifests last told them, one "id name" a line (for history's words between rounds). */
    static final String NAMES = SyncSettings.PREFIX + "deviceNames";
    private static final System.Logger LOG = System.getLogger(FolderSyncWiring.class.getName());

    @Override
    public SyncRound round(JournalSession session) {
        return (folder, deviceName, passphrase, progress, cancelled) -> {
            try {
                return run(session, folder, deviceName, passphrase, progress, cancelled);
            } catch (RapportException e) {
                throw e;
            } catch (RuntimeException e) {
                // a disk or folder failure mid-round: what was stored is whole (each write is one transaction or one renamed file)
                LOG.log(System.Logger.Level.WARNING, "Sync round failed", e);
                throw new SyncRound.Failure(SyncRound.Failure.Reason.FAILED, e, String.valueOf(e.getMessage()));
            }
        };
    }

    @Override
    public SyncHistory history(JournalSession session) {
        return new FolderSyncHistory(session);
    }

    private SyncRound.Report run(JournalSession session, Path dir, String deviceName, char[] passphrase, SyncRound.Progress progress,
                                 BooleanSupplier cancelled) {
        if (!Files.isDirectory(dir)) {
            throw new SyncRound.Failure(SyncRound.Failure.Reason.FOLDER_MISSING, dir.toString());
        }
        if (!Files.isWritable(dir)) {
            throw new SyncRound.Failure(SyncRound.Failure.Reason.FOLDER_NOT_WRITABLE, dir.toString());
        }
        progress.at(0, 4);
        stopIf(cancelled);
        SyncJournal sync = session.sync();
        SyncFolder folder = open(dir, sync.device(), deviceName, passphrase);
        progress.at(1, 4);
        stopIf(cancelled);

        int sent = send(session, sync, folder);
        progress.at(2, 4);
        stopIf(cancelled);

        Map<String, Long> seen = folder.devices().stream().filter(d -> d.id().equals(sync.device())).findFirst()
                .map(SyncDevice::seen).orElse(Map.of());
        Unread unread = folder.unread(seen);
        for (SyncProblem problem : unread.problems()) {
            LOG.log(System.Logger.Level.WARNING, "Sync folder {0}: {1} ({2})", dir, problem.file(), problem.kind());
        }
        if (unread.tooFarBehind()) {
            LOG.log(System.Logger.Level.WARNING, "Sync folder {0}: change files of {1} were pruned; joining from a snapshot is not built yet",
                    dir, unread.behind());
        }
        SyncEdits edits = new SyncEdits(session.journal());
        long historyBefore = edits.lastId();
        Map<String, Long> read = new HashMap<>();
        int received = receive(sync, unread.batches(), read);
        progress.at(3, 4);
        folder.acknowledge(read);

        List<SyncRound.Device> devices = new ArrayList<>();
        Map<String, String> names = new TreeMap<>();
        for (SyncDevice d : folder.devices()) {
            names.put(d.id(), d.name());
            if (!d.id().equals(sync.device())) {
                devices.add(new SyncRound.Device(d.id(), d.name(), d.lastWrote()));
            }
        }
        String known = names(names);
        if (!session.settings().get(NAMES).orElse("").equals(known)) {
            session.settings().put(NAMES, known);
        }
        List<SyncRound.ConcurrentEdit> added = received == 0 ? List.of()
                : FolderSyncHistory.shaped(edits.after(historyBefore, Integer.MAX_VALUE), names);
        progress.at(4, 4);
        return new SyncRound.Report(sent, received, devices, added, false);
    }

    private static SyncFolder open(Path dir, String device, String deviceName, char[] passphrase) {
        try {
            return SyncFolder.open(dir, device, deviceName, passphrase);
        } catch (SyncFolderException e) {
            if (e.reason() == SyncFolderException.Reason.WRONG_PASSPHRASE) {
                throw new SyncRound.Failure(SyncRound.Failure.Reason.WRONG_PASSPHRASE, e);
            }
            throw new SyncRound.Failure(SyncRound.Failure.Reason.FAILED, e, e.getMessage());
        }
    }

    /** Publishes the changes after the last batch's as the next batch; returns how many changes went. */
    private static int send(JournalSession session, SyncJournal sync, SyncFolder folder) {
        long batch = folder.lastPublished();
        long afterChange = sentUpTo(session, batch);
        long last = sync.lastSeq();
        if (last <= afterChange) {
            return 0;
        }
        // read after lastSeq: a write in between is sent now and again next round, which the merge takes twice harmlessly
        List<FieldChange> changes = sync.outgoing(afterChange);
        folder.publishAll(new TreeMap<>(Map.of(batch + 1, ChangeBatch.encode(sync.device(), changes))));
        session.settings().put(SENT, (batch + 1) + ":" + last);
        return changes.size();
    }

    /** The last change the folder's latest batch of this device held; 0 (send everything) when that is not known. */
    private static long sentUpTo(JournalSession session, long batch) {
        if (batch == 0) {
            return 0;
        }
        Optional<String> kept = session.settings().get(SENT);
        if (kept.isEmpty()) {
            return 0;
        }
        String[] parts = kept.get().split(":");
        try {
            return parts.length == 2 && Long.parseLong(parts[0]) == batch ? Long.parseLong(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Merges the whole batches, each device's up to its first that does not read (left for a later
     * Rapport or a later round), and notes in {@code read} how far each device was taken.
     */
    private static int receive(SyncJournal sync, List<SyncBatch> batches, Map<String, Long> read) {
        List<FieldChange> changes = new ArrayList<>();
        Set<String> stopped = new HashSet<>();
        for (SyncBatch batch : batches) {
            if (stopped.contains(batch.device())) {
                continue;
            }
            Optional<List<FieldChange>> decoded = ChangeBatch.decode(batch.payload());
            if (decoded.isEmpty()) {
                LOG.log(System.Logger.Level.WARNING, "Sync: batch {0} of device {1} does not read; left for later", batch.seq(), batch.device());
                stopped.add(batch.device());
                continue;
            }
            changes.addAll(decoded.get());
            read.merge(batch.device(), batch.seq(), Math::max);
        }
        sync.apply(changes);
        return changes.size();
    }

    static String names(Map<String, String> names) {
        StringBuilder out = new StringBuilder();
        names.forEach((id, name) -> out.append(id).append(' ').append(name.replaceAll("\\R", " ")).append('\n'));
        return out.toString();
    }

    static Map<String, String> names(String stored) {
        Map<String, String> out = new HashMap<>();
        stored.lines().map(line -> line.split(" ", 2)).filter(parts -> parts.length == 2).forEach(parts -> out.put(parts[0], parts[1]));
        return out;
    }

    private static void stopIf(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new SyncRound.Failure(SyncRound.Failure.Reason.CANCELLED);
        }
    }

    /** A stamp's wall time. */
    static Instant at(long hlc) {
        return hlc == 0 ? null : Instant.ofEpochMilli(Hlc.millis(hlc));
    }
}
