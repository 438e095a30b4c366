package dev.rapport.model;

import dev.rapport.i18n.I18n;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A span of days, both ends included. A period of whole calendar months (a month, a quarter) has
 * as previous the same number of months just before; any other span the same number of days.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        from = Check.notNull("from", "startDate", from);
        to = Check.notNull("to", "endDate", to);
        if (to.isBefore(from)) {
            throw new ValidationException("to", I18n.t("validation.period.endBeforeStart", I18n.date(to), I18n.date(from)));
        }
    }

    public static Period monthOf(LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new Period(first, first.plusMonths(1).minusDays(1));
    }

    public static Period quarterOf(LocalDate day) {
        LocalDate first = LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
        return new Period(first, first.plusMonths(3).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public Period previous() {
        if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate start = from.minusMonths(months);
            return new Period(start, from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** The span just after, by the same measure as {@link #previous()}: the next quarter after a quarter. */
    public Period next() {
        if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            LocalDate start = to.plusDays(1);
            return new Period(start, start.plusMonths(months).minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(to.plusDays(1), to.plusDays(days));
    }

    /** Whether the span is whole calendar months, and how many (0 when not). */
    public long wholeMonths() {
        boolean whole = from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
        return whole ? ChronoUnit.MONTHS.between(from, to.plusDays(1)) : 0;
    }

    @Override
    public String toString() {
        return from + " – " + to;
    }
}
