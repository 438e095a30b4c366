package dev.rapport.store.sync;

import java.util.Arrays;
import java.util.Objects;

/**
 * One field of one row set to a value by one device at one clock stamp; or, for the column
 * {@link #DELETED}, the row deleted (value 1) or, for a link row, there again (value 0).
 *
 * @param rowKey the row's global id, or for a link row a JSON array of the global ids it joins and its other key values
 * @param value  null, a Long, a Double, a String (a reference to another row as that row's global id) or a byte[]
 */
public record FieldChange(String table, String rowKey, String column, Object value, long hlc, String device) {
    public static final String DELETED = "$deleted";

    public FieldChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(rowKey, "rowKey");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(device, "device");
        if (value instanceof Integer i) {
            value = i.longValue();
        }
    }

    /** Which of two writes of a field wins: the later stamp, and between equal stamps the greater device id. */
    public int compareStamp(long otherHlc, String otherDevice) {
        int byClock = Long.compare(hlc, otherHlc);
        return byClock != 0 ? byClock : device.compareTo(otherDevice);
    }

    public boolean isDeletion() {
        return DELETED.equals(column);
    }

    /** Whether two stored values are the same (byte arrays by content). */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Number x && b instanceof Number y) {
            return (x instanceof Double || y instanceof Double) ? x.doubleValue() == y.doubleValue() : x.longValue() == y.longValue();
        }
        return Objects.equals(a, b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldChange f && table.equals(f.table) && rowKey.equals(f.rowKey) && column.equals(f.column)
                && hlc == f.hlc && device.equals(f.device) && sameValue(value, f.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(table, rowKey, column, hlc, device);
    }
}
