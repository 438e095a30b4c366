package dev.rapport.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the journal's own date ("2026-11-25") and instant ("2026-11-25T10:00:00Z") texts without
 * java.time's general parser, which costs more than the query when a figure reads every row.
 * Any other shape goes to {@link LocalDate#parse} or {@link Instant#parse}, with their checks.
 */
final class IsoTexts {
    private static final int DAY_SECONDS = 86_400;

    private IsoTexts() {
    }

    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(text);
    }

    static Instant instant(String text) {
        if (text.length() == 20 && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(19) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int y = digits(text, 0, 4);
            int m = digits(text, 5, 7);
            int d = digits(text, 8, 10);
            int h = digits(text, 11, 13);
            int min = digits(text, 14, 16);
            int s = digits(text, 17, 19);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 23 && min >= 0 && min <= 59 && s >= 0 && s <= 59) {
                return Instant.ofEpochSecond(LocalDate.of(y, m, d).toEpochDay() * DAY_SECONDS + h * 3600L + min * 60L + s);
            }
        }
        return Instant.parse(text);
    }

    /** The decimal number in text[from, to), or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
