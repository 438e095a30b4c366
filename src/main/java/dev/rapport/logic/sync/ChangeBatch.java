package dev.rapport.logic.sync;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import dev.rapport.store.ColumnValues;
import dev.rapport.store.sync.FieldChange;

/**
 * A device's changes as bytes for the sync folder (which seals them): a magic word, a version, the
 * body's length, the body and its CRC-32. A payload cut short or damaged in transit reads as
 * nothing, to be read again once it has come whole.
 */
public final class ChangeBatch {
    private static final int MAGIC = 0x52535943; // "RSYC"
    private static final int VERSION = 1;

    private ChangeBatch() {
    }

    public static byte[] encode(String device, List<FieldChange> changes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(body)) {
            out.writeUTF(device);
            out.writeInt(changes.size());
            for (FieldChange ch : changes) {
                out.writeUTF(ch.table());
                ColumnValues.writeText(out, ch.rowKey());
                out.writeUTF(ch.column());
                ColumnValues.write(out, ch.value());
                out.writeLong(ch.hlc());
                out.writeUTF(ch.device());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = body.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ByteArrayOutputStream whole = new ByteArrayOutputStream(bytes.length + 20);
        try (DataOutputStream out = new DataOutputStream(whole)) {
            out.writeInt(MAGIC);
            out.writeByte(VERSION);
            out.writeInt(bytes.length);
            out.write(bytes);
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return whole.toByteArray();
    }

    /** The changes a payload holds; empty when it is not whole (cut short, damaged, or of another version). */
    public static Optional<List<FieldChange>> decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (payload.length < 17 || in.readInt() != MAGIC || in.readByte() != VERSION) {
                return Optional.empty();
            }
            int length = in.readInt();
            if (length < 0 || length != payload.length - 17) {
                return Optional.empty();
            }
            byte[] body = new byte[length];
            in.readFully(body);
            CRC32 crc = new CRC32();
            crc.update(body);
            if (crc.getValue() != in.readLong()) {
                return Optional.empty();
            }
            return Optional.of(changes(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static List<FieldChange> changes(byte[] body) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            in.readUTF();
            int n = in.readInt();
            List<FieldChange> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String table = in.readUTF();
                String key = ColumnValues.readText(in);
                String column = in.readUTF();
                Object value = ColumnValues.read(in);
                long hlc = in.readLong();
                out.add(new FieldChange(table, key, column, value, hlc, in.readUTF()));
            }
            return out;
        }
    }
}
