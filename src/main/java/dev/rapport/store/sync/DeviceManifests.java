package dev.rapport.store.sync;

import dev.rapport.store.SafeFiles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The devices' manifests, {@code device.<id>.rsync}, each sealed whole ({@link SealedPiece}, kind
 * 2): the device's name is private, so nothing of it is in clear. Each device writes only its own;
 * of several copies a sync tool made, the highest revision counts.
 */
final class DeviceManifests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(DeviceManifests.class.getName());

    private DeviceManifests() {
    }

    static void write(FolderKey key, Path folder, SyncDevice device) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", device.id());
        m.put("name", device.name());
        m.put("lastWrote", device.lastWrote() == null ? null : device.lastWrote().toEpochMilli());
        m.put("lastSeq", device.lastSeq());
        m.put("seen", new TreeMap<>(device.seen()));
        m.put("pruned", new TreeMap<>(device.pruned()));
        m.put("revision", device.revision());
        byte[] plain;
        try {
            plain = JSON.writeValueAsBytes(m);
        } catch (IOException e) {
            throw new IllegalStateException("A device manifest cannot be written", e);
        }
        SafeFiles.write(folder.resolve(FolderNames.manifest(device.id())), SealedPiece.seal(key, SealedPiece.KIND_MANIFEST, new byte[0], plain));
    }

    /** Every device's latest authentic manifest among the files given, by device id. */
    static Map<String, SyncDevice> read(FolderKey key, Collection<Path> files) {
        Map<String, SyncDevice> devices = new TreeMap<>();
        for (Path file : files) {
            SealedPiece.Outcome o = SealedPiece.read(key, SealedPiece.KIND_MANIFEST, new byte[0], file);
            if (o.state() != SealedPiece.State.COMPLETE) {
                LOG.fine(() -> "Device manifest " + file.getFileName() + " skipped: " + o.state());
                continue;
            }
            try {
                SyncDevice d = parse(o.plain());
                devices.merge(d.id(), d, (a, b) -> a.revision() >= b.revision() ? a : b);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "An authentic device manifest could not be parsed", e);
            }
        }
        return devices;
    }

    private static SyncDevice parse(byte[] plain) throws IOException {
        Map<String, Object> m = JSON.readValue(plain, new TypeReference<Map<String, Object>>() { });
        Map<String, Long> seen = JSON.convertValue(m.get("seen"), new TypeReference<Map<String, Long>>() { });
        Map<String, Long> pruned = JSON.convertValue(m.get("pruned"), new TypeReference<Map<String, Long>>() { });
        Object wrote = m.get("lastWrote");
        return new SyncDevice(FolderNames.requireDeviceId((String) m.get("id")), String.valueOf(m.get("name")),
                wrote == null ? null : Instant.ofEpochMilli(((Number) wrote).longValue()),
                ((Number) m.get("lastSeq")).longValue(), seen == null ? Map.of() : seen, pruned == null ? Map.of() : pruned,
                ((Number) m.get("revision")).longValue());
    }
}
