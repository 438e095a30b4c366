package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RhythmState;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates in the user's locale, and the few phrases several screens share. */
public final class Formats {
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "—" : DATE.format(d);
    }

    public static String dateTime(LocalDateTime t) {
        return t == null ? "—" : DATE.format(t) + "  " + TIME.format(t);
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
