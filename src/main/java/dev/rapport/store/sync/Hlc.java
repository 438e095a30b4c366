package dev.rapport.store.sync;

import java.util.function.LongSupplier;

/**
 * A hybrid logical clock: stamps that follow the wall clock where it is right and never go back,
 * so a change made after seeing another is always stamped later, even when this machine's clock
 * is an hour behind the other's. A stamp packs the wall time in milliseconds (high 48 bits) with
 * a counter (low 16 bits) for stamps within one millisecond.
 */
public final class Hlc {
    private static final int COUNTER_BITS = 16;

    private final LongSupplier wallMillis;
    private long last;

    public Hlc(LongSupplier wallMillis, long lastSeen) {
        this.wallMillis = wallMillis;
        this.last = lastSeen;
    }

    /** A stamp for a change made now, later than every stamp this clock has given or seen. */
    public synchronized long now() {
        long wall = wallMillis.getAsLong() << COUNTER_BITS;
        last = Math.max(wall, last + 1);
        return last;
    }

    /** Notes a stamp from another device, so this device's next changes come after it. */
    public synchronized void receive(long remote) {
        last = Math.max(last, remote);
    }

    /** The wall time a stamp was made at, in milliseconds since the epoch. */
    public static long millis(long stamp) {
        return stamp >>> COUNTER_BITS;
    }
}
