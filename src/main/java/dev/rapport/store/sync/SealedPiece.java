package dev.rapport.store.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A change file or a device manifest: one piece sealed whole under the folder's key.
 *
 * <pre>
 *  0  4  magic "RSYN"
 *  4  1  format version (1)
 *  5  1  kind (1 change, 2 manifest)
 *  6  4  sealed length L
 * 10  4  ~L (a damaged length is told from a file still arriving)
 * 14 12  nonce, new with every file
 * 26  L  AES-256-GCM ciphertext and 16-byte tag; associated data: these 26 bytes ‖ folder id ‖
 *        the context (for a change: its device id and number, so a renamed file fails its check)
 * </pre>
 *
 * A file shorter than its header says is still arriving: {@link State#INCOMPLETE}, read again
 * later. One longer than that, or whose tag fails, is {@link State#TAMPERED}.
 */
final class SealedPiece {
    static final byte[] MAGIC = "RSYN".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    static final byte KIND_CHANGE = 1;
    static final byte KIND_MANIFEST = 2;
    static final int HEAD = 26;
    static final int MAX_SEALED = 256 << 20;
    private static final Logger LOG = Logger.getLogger(SealedPiece.class.getName());

    enum State { COMPLETE, INCOMPLETE, TAMPERED, NEWER }

    /** What reading one file found; {@code plain} only when complete. */
    record Outcome(State state, byte[] plain) {
        static Outcome of(State state) {
            return new Outcome(state, null);
        }
    }

    private SealedPiece() {
    }

    static byte[] seal(FolderKey key, byte kind, byte[] context, byte[] plain) {
        int sealedLength = plain.length + FolderCipher.TAG_BYTES;
        if (sealedLength > MAX_SEALED || sealedLength < 0) {
            throw new IllegalArgumentException("A sync piece holds at most " + MAX_SEALED + " bytes");
        }
        byte[] nonce = FolderCipher.random(FolderCipher.NONCE_BYTES);
        ByteBuffer head = ByteBuffer.allocate(HEAD).put(MAGIC).put((byte) VERSION).put(kind)
                .putInt(sealedLength).putInt(~sealedLength).put(nonce);
        byte[] sealed = key.cipher().seal(nonce, aad(key, head.array(), context), plain, 0, plain.length);
        return FolderKey.concat(head.array(), sealed);
    }

    static Outcome read(FolderKey key, byte kind, byte[] context, Path file) {
        try (SeekableByteChannel channel = Files.newByteChannel(file); InputStream in = Channels.newInputStream(channel)) {
            // the size of the file this channel has open: a sync tool may rename another over the name meanwhile
            long size = channel.size();
            byte[] head = in.readNBytes(HEAD);
            if (head.length < HEAD) {
                return Outcome.of(State.INCOMPLETE);
            }
            ByteBuffer b = ByteBuffer.wrap(head);
            if (!Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                return Outcome.of(allZero(head) ? State.INCOMPLETE : State.TAMPERED);
            }
            if ((head[MAGIC.length] & 0xff) > VERSION) {
                return Outcome.of(State.NEWER);
            }
            int length = b.getInt(6);
            if (head[MAGIC.length] != VERSION || head[MAGIC.length + 1] != kind || length != ~b.getInt(10)
                    || length < FolderCipher.TAG_BYTES || length > MAX_SEALED) {
                return Outcome.of(State.TAMPERED);
            }
            if (size < HEAD + (long) length) {
                return Outcome.of(State.INCOMPLETE);
            }
            if (size > HEAD + (long) length) {
                return Outcome.of(State.TAMPERED);
            }
            byte[] sealed = in.readNBytes(length);
            if (sealed.length < length) {
                return Outcome.of(State.INCOMPLETE);
            }
            byte[] nonce = Arrays.copyOfRange(head, 14, HEAD);
            byte[] plain = key.cipher().open(nonce, aad(key, head, context), sealed, 0, length);
            return plain == null ? Outcome.of(State.TAMPERED) : new Outcome(State.COMPLETE, plain);
        } catch (IOException e) {
            // gone or locked while a sync tool replaces it: read it again next time
            LOG.log(Level.FINE, "A sync file could not be read now", e);
            return Outcome.of(State.INCOMPLETE);
        }
    }

    private static byte[] aad(FolderKey key, byte[] head, byte[] context) {
        return FolderKey.concat(FolderKey.concat(head, key.folderId()), context);
    }

    private static boolean allZero(byte[] bytes) {
        for (byte x : bytes) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    /** A change's context: its device id and number, bound into the tag. */
    static byte[] changeContext(String device, long seq) {
        byte[] id = device.getBytes(StandardCharsets.US_ASCII);
        return ByteBuffer.allocate(id.length + 8).put(id).putLong(seq).array();
    }
}
