package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.logging.Logger;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The encrypted journal's file, format 2: a sealed <em>base</em> (the database image at the last
 * compaction) followed by sealed <em>change records</em>, one appended per save. A save costs the
 * size of its change; the base is rewritten whole (temporary file, forced, atomic rename) only
 * when the journal is compacted. One file, not a base and a log beside it, so that compaction
 * is one rename: no moment where a base and a log of different generations could be paired.
 *
 * <pre>
 * header, 74 bytes, the associated data of every base chunk:
 *  0  8  magic "RAPPSEAL"        22  1  salt length (16)
 *  8  1  format version (2)      23 16  salt, new with every passphrase
 *  9  1  key derivation (1)      39 16  file id, new with every compaction
 * 10 12  Argon2 memory, passes,  55  8  image length in bytes
 *        lanes                   63  4  chunk length (65,536)
 *                                67  7  nonce prefix, new with every compaction
 * base: the image in chunks, each AES-256-GCM sealed with the nonce prefix ‖ chunk number (4) ‖
 *       last-chunk flag (1), so chunks cannot be dropped, swapped or cut off unnoticed.
 * records, each: length L (4) ‖ ~L (4) ‖ nonce (12) ‖ L bytes sealed, whose associated data is
 *       the file id ‖ the record's number (8) ‖ its first 8 bytes, so records belong to this base,
 *       in this order; sealed inside: kind (1) ‖ device id (16) ‖ clock (8) ‖ the change.
 * </pre>
 *
 * The device id and the clock are zero today; they are where a change written on another
 * device (sync, issue 20) would say where and when it was made, so sync's change files can be
 * these same records. The base is decrypted chunk by chunk straight into the database image, so
 * the file is never held in memory beside it; the image itself is, once, while SQLite copies it
 * off the Java heap (SQLite's deserialise takes one array), and again while a compaction seals it.
 */
final class SealedJournal {
    private static final Logger LOG = Logger.getLogger(SealedJournal.class.getName());
    static final int VERSION = 2;
    static final int HEADER_BYTES = 74;
    static final int CHUNK = 64 * 1024;
    static final int TAG_BYTES = 16;
    static final int NONCE_BYTES = 12;
    static final int ID_BYTES = 16;
    private static final int PREFIX_BYTES = 7;
    static final int RECORD_HEAD = 8;
    /** A record larger than this is not one Rapport writes (bigger changes are compacted instead). */
    static final int MAX_RECORD = 256 << 20;
    /** The kind of change a record carries: row images of the tables (see {@link ChangeCapture}). */
    static final byte KIND_ROWS = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedJournal() {
    }

    /** A format-2 header, parsed. */
    record Header(Argon2Cost cost, byte[] salt, byte[] fileId, long imageLength, int chunk, byte[] noncePrefix, byte[] raw) {
        int chunks() {
            return (int) Math.max(1, (imageLength + chunk - 1) / chunk);
        }

        /** Where the base ends and the first record starts. */
        long baseEnd() {
            return HEADER_BYTES + imageLength + (long) chunks() * TAG_BYTES;
        }
    }

    /** True when the file's version byte says format 2 (the caller has checked the magic). */
    static boolean isFormat2(byte[] head) {
        return head.length > SealedFile.MAGIC.length && (head[SealedFile.MAGIC.length] & 0xff) == VERSION;
    }

    /** Writes a header and the sealed base of {@code image}; returns the file id the records after it must carry. */
    static byte[] writeBase(OutputStream out, SealedFile.Sealer sealer, byte[] image) throws IOException {
        byte[] fileId = random(ID_BYTES);
        byte[] prefix = random(PREFIX_BYTES);
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES);
        Argon2Cost cost = sealer.cost();
        h.put(SealedFile.MAGIC).put((byte) VERSION).put((byte) SealedFile.KDF_ARGON2ID);
        h.putInt(cost.memoryKiB()).putInt(cost.passes()).putInt(cost.lanes());
        h.put((byte) SealedFile.SALT_BYTES).put(sealer.salt()).put(fileId);
        h.putLong(image.length).putInt(CHUNK).put(prefix);
        byte[] header = h.array();
        out.write(header);
        int chunks = (int) Math.max(1, ((long) image.length + CHUNK - 1) / CHUNK);
        byte[] sealed = new byte[CHUNK + TAG_BYTES];
        try {
            for (int i = 0; i < chunks; i++) {
                int from = i * CHUNK;
                int length = Math.min(CHUNK, image.length - from);
                Cipher cipher = cipher(Cipher.ENCRYPT_MODE, sealer.key(), chunkNonce(prefix, i, i == chunks - 1));
                cipher.updateAAD(header);
                int n = cipher.doFinal(image, from, length, sealed, 0);
                out.write(sealed, 0, n);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
        return fileId;
    }

    /** Reads and checks a format-2 header from the start of the file. */
    static Header readHeader(FileChannel channel, Path name) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
        readFully(channel, b, 0);
        if (b.hasRemaining()) {
            throw damaged(name, "it is too short to hold a sealed journal");
        }
        byte[] raw = b.array();
        b.flip();
        b.position(SealedFile.MAGIC.length + 1);
        int kdf = b.get() & 0xff;
        Argon2Cost cost;
        try {
            cost = new Argon2Cost(b.getInt(), b.getInt(), b.getInt());
        } catch (IllegalArgumentException e) {
            throw damaged(name, "its key settings are out of range");
        }
        if (kdf != SealedFile.KDF_ARGON2ID || (b.get() & 0xff) != SealedFile.SALT_BYTES) {
            throw damaged(name, "its header is not one Rapport writes");
        }
        byte[] salt = new byte[SealedFile.SALT_BYTES];
        b.get(salt);
        byte[] fileId = new byte[ID_BYTES];
        b.get(fileId);
        long length = b.getLong();
        int chunk = b.getInt();
        byte[] prefix = new byte[PREFIX_BYTES];
        b.get(prefix);
        if (length < 0 || length > Integer.MAX_VALUE - 16 || chunk != CHUNK) {
            throw damaged(name, "its header is not one Rapport writes");
        }
        Header header = new Header(cost, salt, fileId, length, chunk, prefix, raw);
        if (channel.size() < header.baseEnd()) {
            throw damaged(name, "it ends inside its sealed base");
        }
        return header;
    }

    /**
     * Decrypts the base into one image, chunk by chunk. A failure in the first chunk is a wrong
     * passphrase (or a changed header or first chunk, which GCM cannot tell apart); a failure
     * after it, with the key proven right, is damage.
     */
    static byte[] readBase(FileChannel channel, Header h, SecretKey key, Path name) throws IOException {
        byte[] image = new byte[(int) h.imageLength()];
        try {
            eachChunk(channel, h, key, name, (plain, from, length) -> System.arraycopy(plain, 0, image, from, length));
        } catch (RuntimeException | IOException e) {
            Arrays.fill(image, (byte) 0);
            throw e;
        }
        return image;
    }

    /** True when the sealed base decrypts to exactly {@code image} (a conversion's read-back, one chunk at a time). */
    static boolean baseEquals(FileChannel channel, Header h, SecretKey key, Path name, byte[] image) throws IOException {
        if (h.imageLength() != image.length) {
            return false;
        }
        boolean[] same = {true};
        eachChunk(channel, h, key, name, (plain, from, length) -> same[0] &= Arrays.equals(plain, 0, length, image, from, from + length));
        return same[0];
    }

    @FunctionalInterface
    private interface ChunkSink {
        void accept(byte[] plain, int from, int length);
    }

    private static void eachChunk(FileChannel channel, Header h, SecretKey key, Path name, ChunkSink sink) throws IOException {
        ByteBuffer sealed = ByteBuffer.allocate(h.chunk() + TAG_BYTES);
        byte[] plain = new byte[h.chunk()];
        long at = HEADER_BYTES;
        int chunks = h.chunks();
        try {
            for (int i = 0; i < chunks; i++) {
                int from = i * h.chunk();
                int length = (int) Math.min(h.chunk(), h.imageLength() - from);
                sealed.clear().limit(length + TAG_BYTES);
                readFully(channel, sealed, at);
                if (sealed.hasRemaining()) {
                    throw damaged(name, "it ends inside its sealed base");
                }
                at += length + TAG_BYTES;
                try {
                    Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, chunkNonce(h.noncePrefix(), i, i == chunks - 1));
                    cipher.updateAAD(h.raw());
                    cipher.doFinal(sealed.array(), 0, length + TAG_BYTES, plain, 0);
                } catch (AEADBadTagException e) {
                    throw i == 0 ? SealedFile.wrong(name) : damaged(name, "base chunk " + i + " fails its check");
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("AES-GCM is not available", e);
                }
                sink.accept(plain, from, length);
            }
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** One record, sealed and framed, ready to append. */
    static byte[] sealRecord(SecretKey key, byte[] fileId, long number, byte kind, byte[] change) {
        int sealedLength = 1 + ID_BYTES + 8 + change.length + TAG_BYTES;
        ByteBuffer out = ByteBuffer.allocate(RECORD_HEAD + NONCE_BYTES + sealedLength);
        out.putInt(sealedLength).putInt(~sealedLength);
        byte[] nonce = random(NONCE_BYTES);
        out.put(nonce);
        byte[] plain = new byte[1 + ID_BYTES + 8 + change.length];
        plain[0] = kind;
        System.arraycopy(change, 0, plain, 1 + ID_BYTES + 8, change.length);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce);
            cipher.updateAAD(recordAad(fileId, number, out.array()));
            int n = cipher.doFinal(plain, 0, plain.length, out.array(), out.position());
            if (n != sealedLength) {
                throw new IllegalStateException("Sealed record length mismatch");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        return out.array();
    }

    /** What reading the records after the base found. */
    record Records(long validEnd, boolean tornTail, int count) {
    }

    /** Receives each record's change, in order. */
    @FunctionalInterface
    interface RecordSink {
        void accept(byte kind, byte[] change) throws java.sql.SQLException;
    }

    /**
     * Reads the records after the base. An incomplete last record (a save cut off by a crash) is
     * reported as a torn tail and not applied; a complete record that fails its check, or a
     * record head whose length and its complement disagree, is damage and refuses the file.
     */
    static Records readRecords(FileChannel channel, Header h, SecretKey key, Path name, RecordSink sink)
            throws IOException, java.sql.SQLException {
        long size = channel.size();
        long at = h.baseEnd();
        int number = 0;
        ByteBuffer head = ByteBuffer.allocate(RECORD_HEAD + NONCE_BYTES);
        while (at < size) {
            head.clear();
            readFully(channel, head, at);
            if (head.hasRemaining()) {
                return torn(channel, at, size, name, number);
            }
            int length = head.getInt(0);
            int check = head.getInt(4);
            if (length != ~check || length < 1 + ID_BYTES + 8 + TAG_BYTES || length > MAX_RECORD) {
                if (zeroesFrom(channel, at, size)) {
                    return torn(channel, at, size, name, number);
                }
                throw damaged(name, "record " + number + " has a damaged length");
            }
            if (at + RECORD_HEAD + NONCE_BYTES + length > size) {
                return torn(channel, at, size, name, number);
            }
            ByteBuffer sealed = ByteBuffer.allocate(length);
            readFully(channel, sealed, at + RECORD_HEAD + NONCE_BYTES);
            byte[] plain;
            try {
                Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOfRange(head.array(), RECORD_HEAD, RECORD_HEAD + NONCE_BYTES));
                cipher.updateAAD(recordAad(h.fileId(), number, head.array()));
                plain = cipher.doFinal(sealed.array());
            } catch (AEADBadTagException e) {
                throw damaged(name, "record " + number + " fails its check");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
            byte kind = plain[0];
            if (kind != KIND_ROWS) {
                throw new JournalOpenException(Reason.NEWER_VERSION, I18n.t("files.journal.sealedNewer",
                        String.valueOf(name.getFileName()), VERSION + "." + kind));
            }
            sink.accept(kind, Arrays.copyOfRange(plain, 1 + ID_BYTES + 8, plain.length));
            Arrays.fill(plain, (byte) 0);
            at += RECORD_HEAD + NONCE_BYTES + length;
            number++;
        }
        return new Records(at, false, number);
    }

    private static Records torn(FileChannel channel, long at, long size, Path name, int number) {
        LOG.warning(() -> "The encrypted journal " + name.getFileName() + " ends in a save cut off by a crash ("
                + (size - at) + " bytes after record " + number + "); that save is left out");
        return new Records(at, true, number);
    }

    private static boolean zeroesFrom(FileChannel channel, long at, long size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4096);
        for (long p = at; p < size; ) {
            b.clear();
            int n = channel.read(b, p);
            if (n <= 0) {
                return true;
            }
            for (int i = 0; i < n; i++) {
                if (b.get(i) != 0) {
                    return false;
                }
            }
            p += n;
        }
        return true;
    }

    private static byte[] recordAad(byte[] fileId, long number, byte[] framed) {
        return ByteBuffer.allocate(ID_BYTES + 8 + RECORD_HEAD).put(fileId).putLong(number).put(framed, 0, RECORD_HEAD).array();
    }

    private static byte[] chunkNonce(byte[] prefix, int index, boolean last) {
        return ByteBuffer.allocate(NONCE_BYTES).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
        return cipher;
    }

    private static void readFully(FileChannel channel, ByteBuffer b, long at) throws IOException {
        long p = at;
        while (b.hasRemaining()) {
            int n = channel.read(b, p);
            if (n < 0) {
                return;
            }
            p += n;
        }
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static JournalOpenException damaged(Path name, String why) {
        LOG.warning(() -> "Encrypted journal damaged: " + why);
        return new JournalOpenException(Reason.DAMAGED, I18n.t("files.journal.sealedDamaged", String.valueOf(name.getFileName())));
    }
}
