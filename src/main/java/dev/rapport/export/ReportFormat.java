package dev.rapport.export;

import dev.rapport.i18n.LocalFormats;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates, times and figures of a report in the report's language: dates as the app shows them
 * (2026-10-01 reads Oct 1, 2026, 1 жовт. 2026 р. or 2026-10-01), decimals with the language's separator, percentages as {@link FigureText#percent}.
 */
final class ReportFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;

    ReportFormat(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String t(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The same date the screens show in this language (LocalFormats), so a brief reads like the app. */
    String date(LocalDate d) {
        return d == null ? Figures.DASH : LocalFormats.date(d, messages.locale());
    }

    String dateTime(LocalDateTime t) {
        return date(t.toLocalDate()) + " " + TIME.format(t);
    }

    /** One decimal, the language's decimal separator; a dash for nothing. */
    String number(Double v) {
        if (v == null) {
            return Figures.DASH;
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(Figures.round(v, 1));
    }

    /** A duration in hours, "6.5 h"; a dash for nothing. */
    String hours(Double v) {
        return v == null ? Figures.DASH : t("summary.format.hours", number(v));
    }

    /** A percentage as everywhere else ({@link FigureText#percent}), in the report's language. */
    String percent(Double v) {
        return FigureText.percent(v, messages.locale());
    }
}
