package dev.rapport.logic.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a round runs by itself: once when the journal opens, every so many minutes after the last
 * round (0: never by the clock), and a short while after the last save heard, so a burst of saves
 * makes one round. It only decides; whoever ticks it runs the round, so nothing here waits.
 */
public final class SyncTiming {
    /** How long after the last save a round follows: saves in a burst wait for each other. */
    public static final Duration AFTER_SAVE = Duration.ofSeconds(20);

    private final Clock clock;
    private Instant lastRound;
    private Instant lastSave;

    public SyncTiming(Clock clock) {
        this.clock = clock;
    }

    /** True when a round is due now. */
    public synchronized boolean due(int everyMinutes) {
        Instant now = clock.instant();
        if (lastRound == null) {
            return true;
        }
        if (lastSave != null && !now.isBefore(lastSave.plus(AFTER_SAVE))) {
            return true;
        }
        return everyMinutes > 0 && !now.isBefore(lastRound.plus(Duration.ofMinutes(everyMinutes)));
    }

    /** A save was heard now. */
    public synchronized void saved() {
        lastSave = clock.instant();
    }

    /** A round began now: the saves before it are in it, and the clock's rounds count from here. */
    public synchronized void began() {
        lastRound = clock.instant();
        lastSave = null;
    }
}
