package dev.rapport.store.sync;

import dev.rapport.store.SafeFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A folder the person already syncs (Syncthing, Dropbox, OneDrive…) used as the journal's
 * transport between devices. The live journal never goes there: each device writes its own
 * sealed, append-only change files, whole (temporary file, then rename), and reads the others'.
 * Everything in the folder is sealed under a key derived from a passphrase, except the folder's
 * header ({@value FolderKey#FILE}: salt, cost, a key check). File I/O and crypto only: the
 * payloads are opaque bytes.
 *
 * <pre>
 * rapport-sync.json                          the folder's id, Argon2id salt and cost, key check
 * change.&lt;device&gt;.&lt;seq, 12 digits&gt;.rsync    one batch of one device ({@link SealedPiece})
 * device.&lt;device&gt;.rsync                     its manifest: name, last write, seen vector (sealed)
 * snapshot.&lt;device&gt;.&lt;millis, 13 digits&gt;.rsync a snapshot to join from ({@link SnapshotFile})
 * </pre>
 */
public final class SyncFolder {
    private final Path folder;
    private final FolderKey key;
    private final Clock clock;
    private SyncDevice self;

    private SyncFolder(Path folder, FolderKey key, Clock clock, SyncDevice self) {
        this.folder = folder;
        this.key = key;
        this.clock = clock;
        this.self = self;
    }

    /**
     * Opens the folder for this device, making it a sync folder if it is not one yet, and records
     * the device's manifest. A wrong passphrase throws {@link SyncFolderException} and writes nothing.
     */
    public static SyncFolder open(Path folder, String deviceId, String deviceName, char[] passphrase, Clock clock) {
        FolderNames.requireDeviceId(deviceId);
        FolderKey key = FolderKey.openOrCreate(folder, passphrase);
        SyncDevice known = DeviceManifests.read(key, FolderListing.of(folder).manifests()).get(deviceId);
        SyncDevice self = known == null ? SyncDevice.first(deviceId, deviceName) : known.named(deviceName);
        SyncFolder opened = new SyncFolder(folder, key, clock, self);
        if (known == null || !known.name().equals(deviceName)) {
            DeviceManifests.write(key, folder, self);
        }
        return opened;
    }

    public static SyncFolder open(Path folder, String deviceId, String deviceName, char[] passphrase) {
        return open(folder, deviceId, deviceName, passphrase, Clock.systemUTC());
    }

    public String deviceId() {
        return self.id();
    }

    /** The last batch number this device published (0: none). */
    public synchronized long lastPublished() {
        return self.lastSeq();
    }

    /**
     * Writes one batch of this device as a whole sealed file. Publishing the same number again
     * with the same bytes changes nothing; with other bytes it is refused (a number names one batch).
     */
    public void publish(long seq, byte[] payload) {
        publishAll(new TreeMap<>(Map.of(seq, payload)));
    }

    /** Writes several batches, each as its own file, and the manifest once after them (a round's batches). */
    public synchronized void publishAll(SortedMap<Long, byte[]> batches) {
        boolean wrote = false;
        for (Map.Entry<Long, byte[]> batch : batches.entrySet()) {
            wrote |= writeChange(batch.getKey(), batch.getValue());
        }
        if (wrote) {
            self = self.wrote(clock.instant(), batches.lastKey());
            DeviceManifests.write(key, folder, self);
        }
    }

    private boolean writeChange(long seq, byte[] payload) {
        Path target = folder.resolve(FolderNames.change(self.id(), seq));
        byte[] context = SealedPiece.changeContext(self.id(), seq);
        if (Files.exists(target)) {
            SealedPiece.Outcome there = SealedPiece.read(key, SealedPiece.KIND_CHANGE, context, target);
            if (there.state() == SealedPiece.State.COMPLETE) {
                if (Arrays.equals(there.plain(), payload)) {
                    return false;
                }
                throw new IllegalArgumentException("Batch " + seq + " of this device is in the folder already, with other contents");
            }
        }
        SafeFiles.write(target, SealedPiece.seal(key, SealedPiece.KIND_CHANGE, context, payload));
        return true;
    }

    /** The other devices' complete, authentic batches after {@code seen} (device id → last number read). */
    public Unread unread(Map<String, Long> seen) {
        FolderListing listing = FolderListing.of(folder);
        Map<String, SyncDevice> devices = DeviceManifests.read(key, listing.manifests());
        synchronized (this) {
            devices.put(self.id(), self);
        }
        return new UnreadReader(key, listing, devices.values()).read(self.id(), seen);
    }

    /** Records in this device's manifest what it has read and applied, so pruning can go on. */
    public synchronized void acknowledge(Map<String, Long> seen) {
        SyncDevice next = self.read(seen);
        if (!next.seen().equals(self.seen())) {
            self = next;
            DeviceManifests.write(key, folder, self);
        }
    }

    /** The devices of this folder (this one included), as their manifests tell. */
    public List<SyncDevice> devices() {
        Map<String, SyncDevice> devices = DeviceManifests.read(key, FolderListing.of(folder).manifests());
        synchronized (this) {
            devices.put(self.id(), self);
        }
        return List.copyOf(devices.values());
    }

    /** Writes a sealed snapshot of the journal that holds every device's changes up to {@code covers}. */
    public void writeSnapshot(byte[] payload, Map<String, Long> covers) {
        java.time.Instant at = clock.instant();
        SnapshotFile.write(key, folder.resolve(FolderNames.snapshot(self.id(), at.toEpochMilli())), self.id(), at, Map.copyOf(covers), payload);
    }

    /** The snapshot a device joins from (the one that covers most), if the folder has a whole one. */
    public Optional<SyncSnapshot> latestSnapshot() {
        return Snapshots.latest(Snapshots.complete(key, FolderListing.of(folder).snapshots()));
    }

    /**
     * Deletes the change files that every known device has read and the latest snapshot covers,
     * and the snapshots it supersedes; returns how many files went. This device's manifest
     * records how far it deleted first, which is how a device that was away learns it is behind.
     */
    public synchronized int prune() {
        FolderListing listing = FolderListing.of(folder);
        Map<String, SyncDevice> devices = DeviceManifests.read(key, listing.manifests());
        devices.put(self.id(), self);
        Pruner.Plan plan = Pruner.plan(listing, devices, Snapshots.complete(key, listing.snapshots()));
        if (plan.files().isEmpty()) {
            return 0;
        }
        // the mark goes first, so a device that finds a change missing knows it was pruned, not late
        self = self.prunedUpTo(plan.upTo());
        DeviceManifests.write(key, folder, self);
        plan.files().forEach(SafeFiles::deleteQuietly);
        return plan.files().size();
    }

    /** Forgets another device (its manifest goes), so pruning stops waiting for it; if it comes back it joins anew. */
    public void forget(String deviceId) {
        if (deviceId.equals(self.id())) {
            throw new IllegalArgumentException("A device cannot forget itself");
        }
        FolderListing.of(folder).manifests().stream()
                .filter(file -> DeviceManifests.read(key, List.of(file)).containsKey(deviceId))
                .forEach(SafeFiles::deleteQuietly);
    }
}
