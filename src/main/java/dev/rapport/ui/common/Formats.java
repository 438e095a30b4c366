package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.model.RhythmState;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers as the chosen language writes them (not the JVM's locale), and the
 * few phrases several screens share. Screens format what people read through here.
 */
public final class Formats {
    private Formats() {
    }

    private static Locale locale() {
        return I18n.messages().locale();
    }

    /** "Nov 25, 2026", "25 лист. 2026 р.", "2026-11-25". */
    public static String date(LocalDate d) {
        return LocalFormats.date(d, locale());
    }

    /** The day in full, "Wednesday, November 25, 2026", for headings. */
    public static String longDate(LocalDate d) {
        return LocalFormats.longDate(d, locale());
    }

    public static String time(TemporalAccessor t) {
        return LocalFormats.time(t);
    }

    public static String dateTime(LocalDateTime t) {
        return LocalFormats.dateTime(t, locale());
    }

    /** A moment as written, in its own zone, with the place it was written in when that is not here: "… 14:00 (Vilnius)". */
    public static String dateTime(java.time.ZonedDateTime t) {
        return dev.rapport.model.Moments.withPlace(dateTime(t.toLocalDateTime()), t.getZone());
    }

    /** A whole number with the language's grouping: "12,345", "12 345". */
    public static String integer(long n) {
        return LocalFormats.integer(n, locale());
    }

    /** A figure with this many decimals, "—" for none: "4.5", "4,5". */
    public static String number(Double value, int decimals) {
        return value == null ? Figures.DASH : LocalFormats.number(Figures.round(value, decimals), decimals, locale());
    }

    /** A percentage by DOMAIN §7's rounding, in the language's style: "63%", "63 %", "—". */
    public static String percent(Double value) {
        return FigureText.percent(value, locale());
    }

    public static String daysAgo(Long days) {
        if (days == null) {
            return I18n.t("common.never");
        }
        if (days == 0) {
            return I18n.t("common.today");
        }
        if (days == 1) {
            return I18n.t("common.yesterday");
        }
        if (days < 0) {
            return I18n.plural("common.inDays", -days);
        }
        return I18n.plural("common.daysAgo", days);
    }

    /** The style class of a rhythm colour, used the same way on every screen. */
    public static String rhythmStyle(RhythmState state) {
        return switch (state) {
            case GREEN -> "rhythm-green";
            case AMBER -> "rhythm-amber";
            case RED -> "rhythm-red";
            case NEVER -> "rhythm-never";
        };
    }

    /** "1 client", "3 clients". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public static String ellipsis(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
