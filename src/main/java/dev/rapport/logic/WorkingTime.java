package dev.rapport.logic;

import dev.rapport.model.WorkingHours;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Elapsed time the way a client's target counts it (DOMAIN §7): all hours for round-the-clock
 * service, else only the consultant's working hours. Each working day's window is placed in the
 * consultant's zone, so summer-time changes and clients in other zones come out exact.
 */
public final class WorkingTime {
    private static final int MAX_DAYS = 3660;

    private WorkingTime() {
    }

    /** Working time between two instants; zero when {@code to} is not after {@code from}. */
    public static Duration between(Instant from, Instant to, WorkingHours hours, boolean roundTheClock) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (roundTheClock) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(hours.zone()).toLocalDate();
        LocalDate last = to.atZone(hours.zone()).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!hours.days().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant open = day.atTime(hours.start()).atZone(hours.zone()).toInstant();
            Instant close = day.atTime(hours.end()).atZone(hours.zone()).toInstant();
            Instant a = open.isAfter(from) ? open : from;
            Instant b = close.isBefore(to) ? close : to;
            if (b.isAfter(a)) {
                total = total.plus(Duration.between(a, b));
            }
        }
        return total;
    }

    /** The instant when {@code amount} of working time has passed after {@code from}. */
    public static Instant plus(Instant from, Duration amount, WorkingHours hours, boolean roundTheClock) {
        if (roundTheClock || amount.isZero()) {
            return from.plus(amount);
        }
        Duration left = amount;
        LocalDate day = from.atZone(hours.zone()).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!hours.days().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant open = day.atTime(hours.start()).atZone(hours.zone()).toInstant();
            Instant close = day.atTime(hours.end()).atZone(hours.zone()).toInstant();
            Instant a = open.isAfter(from) ? open : from;
            if (!close.isAfter(a)) {
                continue;
            }
            Duration window = Duration.between(a, close);
            if (window.compareTo(left) >= 0) {
                return a.plus(left);
            }
            left = left.minus(window);
        }
        throw new IllegalArgumentException("No working hours within ten years");
    }
}
