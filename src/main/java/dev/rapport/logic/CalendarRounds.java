package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When the subscribed calendars are read by themselves: once when the journal opens, then every
 * so many minutes (the journal's setting, an hour unless set; 0 turns the rounds off). It only
 * decides; whoever ticks it (a timer in the window, a test with its own clock) does the reading, so
 * nothing here waits.
 */
public final class CalendarRounds {
    /** The journal's setting: minutes between two rounds, 0 for none but the one on opening. */
    public static final String SETTING = "subscribedCalendars.readEveryMinutes";
    public static final int DEFAULT_MINUTES = 60;
    /** What Settings offers; 0 is "off". */
    public static final List<Integer> CHOICES = List.of(15, 30, 60, 240, 0);
    public static final int MAX_MINUTES = 24 * 60;

    private final Clock clock;
    private Instant lastRound;

    public CalendarRounds(Clock clock) {
        this.clock = clock;
    }

    /** The stored interval; an unset or unreadable one is the default hour. */
    public static int minutes(Optional<String> stored) {
        try {
            int m = stored.map(String::strip).map(Integer::parseInt).orElse(DEFAULT_MINUTES);
            return m >= 0 && m <= MAX_MINUTES ? m : DEFAULT_MINUTES;
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }

    /** The journal's interval in minutes. */
    public static int minutes(SettingsService settings) {
        return minutes(settings.get(SETTING));
    }

    /** Stores the interval; out of 0 to a day it is refused, naming the field. */
    public static void store(SettingsService settings, int minutes) {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new ValidationException("interval", I18n.t("calendars.interval.range", MAX_MINUTES));
        }
        settings.put(SETTING, Integer.toString(minutes));
    }

    /** True when a round is due: the first since opening always, then once the interval has passed (never when it is 0). */
    public synchronized boolean due(int minutes) {
        if (lastRound == null) {
            return true;
        }
        return minutes > 0 && !clock.instant().isBefore(lastRound.plus(Duration.ofMinutes(minutes)));
    }

    /** A round began now (by itself or because the consultant asked for one): the next is counted from here. */
    public synchronized void began() {
        lastRound = clock.instant();
    }
}
