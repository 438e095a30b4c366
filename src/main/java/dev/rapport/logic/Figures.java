package dev.rapport.logic;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The arithmetic every figure shares (DOMAIN §7): shares as percentages, rounding half away
 * from zero, medians, and the dash for a figure with nothing to count.
 */
public final class Figures {
    public static final String DASH = "—";

    private Figures() {
    }

    /** part / whole × 100, or null when there is nothing to count. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /** Rounds half away from zero to the given decimals: 62.5 → 63, −12.5 → −13. */
    public static double round(double value, int decimals) {
        return new BigDecimal(Double.toString(value)).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    public static long roundToLong(double value) {
        return new BigDecimal(Double.toString(value)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The percentage as a number for JSON: the same rounding as shown, null when nothing to count. */
    public static Double percentValue(Double value) {
        if (value == null) {
            return null;
        }
        long whole = roundToLong(value);
        boolean misleading = (whole == 0 && value != 0.0) || (whole == 100 && value != 100.0);
        return misleading ? round(value, 1) : (double) whole;
    }

    /** The median, or null for no values; the mean of the middle two for an even count. */
    public static Double median(Collection<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /**
     * The same median over the first {@code n} values of an array (sorted in place): a tally of
     * 20,000 requests kept its hours as boxed Doubles and sorted those, the figures' largest cost.
     */
    public static Double median(double[] values, int n) {
        if (n == 0) {
            return null;
        }
        java.util.Arrays.sort(values, 0, n);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    }

    /** A growable list of doubles for the tallies' medians. */
    static final class Doubles {
        private double[] values = new double[16];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        Double median() {
            return Figures.median(values, size);
        }
    }

    private static String strip(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
