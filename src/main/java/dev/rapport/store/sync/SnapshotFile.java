package dev.rapport.store.sync;

import dev.rapport.store.SafeFiles;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A sealed snapshot: a small sealed description, then the payload in 64 KiB chunks each sealed
 * on its own, with the encrypted journal's base framing ({@code SealedJournal}): the nonce is a
 * per-file prefix ‖ chunk number ‖ last-chunk flag, so chunks cannot be dropped, swapped or cut
 * off unnoticed. Written and read a chunk at a time: tens of megabytes are never held twice.
 *
 * <pre>
 *  0  4  magic "RSYS"             22 16  snapshot id, random
 *  4  1  format version (1)       38  7  chunk nonce prefix, random
 *  5  1  kind (3)                 45 12  description nonce
 *  6  8  payload length P         57  M  sealed description: who wrote it, when, what it covers
 * 14  4  sealed description M     …      chunks: min(64 KiB, rest) + 16-byte tag each
 * 18  4  ~M
 * </pre>
 * Every sealed part's associated data is these 57 bytes ‖ the folder id.
 */
final class SnapshotFile {
    static final byte[] MAGIC = "RSYS".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final byte KIND_SNAPSHOT = 3;
    static final int HEAD = 57;
    static final int CHUNK = 64 * 1024;
    private static final int PREFIX_BYTES = 7;
    private static final int MAX_DESCRIPTION = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(SnapshotFile.class.getName());

    /** What a snapshot's description says, once its file is whole and its description authentic. */
    record Description(String device, Instant writtenAt, Map<String, Long> covers, long payloadLength) {
    }

    /** A snapshot file read as far as its description. */
    record Outcome(SealedPiece.State state, Description description) {
        static Outcome of(SealedPiece.State state) {
            return new Outcome(state, null);
        }
    }

    private SnapshotFile() {
    }

    static void write(FolderKey key, Path target, String device, Instant at, Map<String, Long> covers, byte[] payload) {
        byte[] prefix = FolderCipher.random(PREFIX_BYTES);
        byte[] descriptionNonce = FolderCipher.random(FolderCipher.NONCE_BYTES);
        byte[] description = description(device, at, covers);
        int sealedLength = description.length + FolderCipher.TAG_BYTES;
        byte[] head = ByteBuffer.allocate(HEAD).put(MAGIC).put((byte) VERSION).put(KIND_SNAPSHOT).putLong(payload.length)
                .putInt(sealedLength).putInt(~sealedLength).put(FolderCipher.random(16)).put(prefix).put(descriptionNonce).array();
        byte[] aad = FolderKey.concat(head, key.folderId());
        SafeFiles.write(target, out -> {
            out.write(head);
            out.write(key.cipher().seal(descriptionNonce, aad, description, 0, description.length));
            int chunks = chunks(payload.length);
            for (int i = 0; i < chunks; i++) {
                int from = i * CHUNK;
                out.write(key.cipher().seal(chunkNonce(prefix, i, i == chunks - 1), aad, payload, from,
                        Math.min(CHUNK, payload.length - from)));
            }
        });
    }

    /** Reads the header and description; a file shorter than they say it is is still arriving. */
    static Outcome read(FolderKey key, Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file); InputStream in = Channels.newInputStream(channel)) {
            // the size of the file this channel has open: a sync tool may rename another over the name meanwhile
            long size = channel.size();
            byte[] head = in.readNBytes(HEAD);
            if (head.length < HEAD) {
                return Outcome.of(SealedPiece.State.INCOMPLETE);
            }
            ByteBuffer b = ByteBuffer.wrap(head);
            if (!Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return Outcome.of(SealedPiece.State.TAMPERED);
            }
            if ((head[4] & 0xff) > VERSION) {
                return Outcome.of(SealedPiece.State.NEWER);
            }
            long payload = b.getLong(6);
            int sealedLength = b.getInt(14);
            if (head[4] != VERSION || head[5] != KIND_SNAPSHOT || sealedLength != ~b.getInt(18) || payload < 0
                    || payload > Integer.MAX_VALUE - 16 || sealedLength < FolderCipher.TAG_BYTES || sealedLength > MAX_DESCRIPTION) {
                return Outcome.of(SealedPiece.State.TAMPERED);
            }
            long expected = HEAD + (long) sealedLength + payload + (long) chunks(payload) * FolderCipher.TAG_BYTES;
            if (size != expected) {
                return Outcome.of(size < expected ? SealedPiece.State.INCOMPLETE : SealedPiece.State.TAMPERED);
            }
            byte[] sealed = in.readNBytes(sealedLength);
            byte[] plain = key.cipher().open(Arrays.copyOfRange(head, 45, HEAD), FolderKey.concat(head, key.folderId()),
                    sealed, 0, sealed.length);
            if (plain == null) {
                return Outcome.of(SealedPiece.State.TAMPERED);
            }
            return new Outcome(SealedPiece.State.COMPLETE, parse(plain, payload));
        } catch (IOException e) {
            LOG.log(Level.FINE, "A snapshot could not be read now", e);
            return Outcome.of(SealedPiece.State.INCOMPLETE);
        }
    }

    /** The payload, decrypted a chunk at a time; a chunk that fails its check ends the stream with an IOException. */
    static InputStream payload(FolderKey key, Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK + FolderCipher.TAG_BYTES);
        byte[] head = in.readNBytes(HEAD);
        ByteBuffer b = ByteBuffer.wrap(head);
        long length = b.getLong(6);
        in.skipNBytes(b.getInt(14));
        return new ChunkStream(in, key.cipher(), FolderKey.concat(head, key.folderId()), Arrays.copyOfRange(head, 38, 45), length);
    }

    static int chunks(long payload) {
        return (int) Math.max(1, (payload + CHUNK - 1) / CHUNK);
    }

    static byte[] chunkNonce(byte[] prefix, int index, boolean last) {
        return ByteBuffer.allocate(FolderCipher.NONCE_BYTES).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] description(String device, Instant at, Map<String, Long> covers) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("device", device);
        d.put("writtenAt", at.toEpochMilli());
        d.put("covers", covers);
        try {
            return JSON.writeValueAsBytes(d);
        } catch (IOException e) {
            throw new IllegalStateException("A snapshot's description cannot be written", e);
        }
    }

    private static Description parse(byte[] plain, long payload) throws IOException {
        Map<String, Object> d = JSON.readValue(plain, new TypeReference<Map<String, Object>>() { });
        Map<String, Long> covers = JSON.convertValue(d.get("covers"), new TypeReference<Map<String, Long>>() { });
        return new Description(String.valueOf(d.get("device")), Instant.ofEpochMilli(((Number) d.get("writtenAt")).longValue()),
                Map.copyOf(covers), payload);
    }
}
