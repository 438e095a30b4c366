package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** The consultant's working week, in their time zone: default Monday–Friday 09:00–18:00 (DOMAIN §7). */
public record WorkingHours(ZoneId zone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    public static final Set<DayOfWeek> WEEKDAYS = Set.copyOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public WorkingHours {
        Check.notNull("zone", "timeZone", zone);
        days = days == null || days.isEmpty() ? WEEKDAYS : Set.copyOf(EnumSet.copyOf(days));
        Check.notNull("start", "startOfDay", start);
        Check.notNull("end", "endOfDay", end);
        if (!end.isAfter(start)) {
            throw new ValidationException("end", I18n.t("validation.workingHours.endBeforeStart", start.toString()));
        }
    }

    public static WorkingHours defaults(ZoneId zone) {
        return new WorkingHours(zone, WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(18, 0));
    }
}
