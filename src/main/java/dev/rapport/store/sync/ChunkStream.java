package dev.rapport.store.sync;

import java.io.IOException;
import java.io.InputStream;

/** A snapshot's payload, opened one sealed chunk at a time as it is read. */
final class ChunkStream extends InputStream {
    private final InputStream in;
    private final FolderCipher cipher;
    private final byte[] aad;
    private final byte[] prefix;
    private final long length;
    private final int chunks;
    private int next;
    private byte[] plain = new byte[0];
    private int at;

    ChunkStream(InputStream in, FolderCipher cipher, byte[] aad, byte[] prefix, long length) {
        this.in = in;
        this.cipher = cipher;
        this.aad = aad;
        this.prefix = prefix;
        this.length = length;
        this.chunks = SnapshotFile.chunks(length);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (at == plain.length) {
            if (next == chunks) {
                return -1;
            }
            openNext();
        }
        int n = Math.min(len, plain.length - at);
        System.arraycopy(plain, at, b, off, n);
        at += n;
        return n;
    }

    private void openNext() throws IOException {
        int size = (int) Math.min(SnapshotFile.CHUNK, length - (long) next * SnapshotFile.CHUNK) + FolderCipher.TAG_BYTES;
        byte[] sealed = in.readNBytes(size);
        byte[] opened = sealed.length < size ? null
                : cipher.open(SnapshotFile.chunkNonce(prefix, next, next == chunks - 1), aad, sealed, 0, size);
        if (opened == null) {
            throw new IOException("Snapshot chunk " + next + " fails its check");
        }
        plain = opened;
        at = 0;
        next++;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
