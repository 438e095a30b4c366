package dev.rapport.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * SQLite column values as bytes (null, integer, real, text, blob), the way an encrypted
 * journal's change records and a sync's payloads both write them.
 */
public final class ColumnValues {
    private ColumnValues() {
    }

    public static void write(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(0);
        } else if (v instanceof Integer || v instanceof Long) {
            out.writeByte(1);
            out.writeLong(((Number) v).longValue());
        } else if (v instanceof Double || v instanceof Float) {
            out.writeByte(2);
            out.writeDouble(((Number) v).doubleValue());
        } else if (v instanceof String str) {
            out.writeByte(3);
            writeText(out, str);
        } else if (v instanceof byte[] b) {
            out.writeByte(4);
            out.writeInt(b.length);
            out.write(b);
        } else {
            throw new IOException("A column value of an unexpected kind: " + v.getClass());
        }
    }

    public static Object read(DataInputStream in) throws IOException {
        int type = in.readByte();
        return switch (type) {
            case 0 -> null;
            case 1 -> in.readLong();
            case 2 -> in.readDouble();
            case 3 -> readText(in);
            case 4 -> readBytes(in);
            default -> throw new IOException("Unknown value kind " + type);
        };
    }

    public static void writeText(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    public static String readText(DataInputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** A length and that many bytes; a length past what is left is refused before anything is allocated. */
    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("A value longer than what is left");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}
