package dev.rapport.store.sync;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hybrid clock never goes back, and a change made after seeing another is stamped after it, whatever the wall clocks say. */
class HlcTest {
    private static final long HOUR = 3_600_000;

    @Test
    void stampsKeepRisingWhenTheWallClockStandsStillOrGoesBack() {
        AtomicLong wall = new AtomicLong(1_000_000);
        Hlc clock = new Hlc(wall::get, 0);
        long first = clock.now();
        long second = clock.now();
        wall.addAndGet(-HOUR);
        long third = clock.now();
        assertThat(second).isGreaterThan(first);
        assertThat(third).isGreaterThan(second);
        assertThat(Hlc.millis(first)).isEqualTo(1_000_000);
    }

    @Test
    void aDeviceAnHourBehindStampsItsNextChangeAfterOneItHasSeen() {
        Hlc ahead = new Hlc(() -> 10 * HOUR, 0);
        Hlc behind = new Hlc(() -> 9 * HOUR, 0);
        long seen = ahead.now();
        assertThat(behind.now()).isLessThan(seen);
        behind.receive(seen);
        assertThat(behind.now()).isGreaterThan(seen);
    }

    @Test
    void whereNothingWasSeenTheWallClockOrders() {
        Hlc a = new Hlc(() -> 5 * HOUR, 0);
        Hlc b = new Hlc(() -> 5 * HOUR + 1, 0);
        assertThat(b.now()).isGreaterThan(a.now());
    }
}
