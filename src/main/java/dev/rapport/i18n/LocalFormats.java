package dev.rapport.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dates and numbers as a language writes them, for text people read (screens, CLI lines,
 * reports). Machine-readable output (CSV, JSON, ics, file names) stays ISO and never uses this.
 * Times are 24-hour in every language Rapport speaks.
 */
public final class LocalFormats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String DASH = "—";
    private static final Map<Locale, DateTimeFormatter> MEDIUM_DATES = new ConcurrentHashMap<>();

    private LocalFormats() {
    }

    /** "Nov 25, 2026", "25 лист. 2026 р.", "2026-11-25" (lt), "25 nov. 2026" (ro). */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? DASH : MEDIUM_DATES.computeIfAbsent(locale, LocalFormats::mediumDate).format(date);
    }

    /**
     * The language's medium date pattern resolved once: what {@code ofLocalizedDate(MEDIUM)} looks up
     * and builds on every date it formats (Today formats one for each of thousands of items).
     */
    static DateTimeFormatter mediumDate(Locale locale) {
        return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
                IsoChronology.INSTANCE, locale), locale);
    }

    /** "Wednesday, November 25, 2026", "середа, 25 листопада 2026 р.". */
    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? DASH : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    public static String time(TemporalAccessor time) {
        return time == null ? DASH : TIME.format(time);
    }

    public static String dateTime(LocalDateTime t, Locale locale) {
        return t == null ? DASH : date(t.toLocalDate(), locale) + "  " + time(t);
    }

    /** A whole number with the language's grouping: "12,345", "12 345". */
    public static String integer(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A number with exactly this many decimals and the language's separator: "4.5", "4,5". */
    public static String number(double value, int decimals, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(value);
    }
}
