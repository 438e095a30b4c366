package dev.rapport.export;

import dev.rapport.i18n.Messages;
import dev.rapport.logic.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates, times and figures of a report in the report's language: the date pattern comes from
 * the bundle (2026-10-01 reads 1 Oct 2026, 01.10.2026 or 2026-10-01 as each language writes it),
 * decimals with the language's separator, percentages rounded as {@link Figures#percentText}.
 */
final class ReportFormat {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final DateTimeFormatter date;

    ReportFormat(Messages messages) {
        this.messages = messages;
        this.date = DateTimeFormatter.ofPattern(messages.get("summary.format.date"), messages.locale());
    }

    Messages messages() {
        return messages;
    }

    String t(String key, Object... args) {
        return messages.get(key, args);
    }

    String date(LocalDate d) {
        return d == null ? Figures.DASH : date.format(d);
    }

    String dateTime(LocalDateTime t) {
        return date.format(t) + " " + TIME.format(t);
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

    /** As {@link Figures#percentText}: whole, or one decimal where whole would read 0 or 100 wrongly. */
    String percent(Double v) {
        Double shown = Figures.percentValue(v);
        if (shown == null) {
            return Figures.DASH;
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(1);
        f.setGroupingUsed(false);
        return t("summary.format.percent", f.format(new BigDecimal(Double.toString(shown)).stripTrailingZeros()));
    }
}
