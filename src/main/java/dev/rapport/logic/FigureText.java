package dev.rapport.logic;

import dev.rapport.i18n.I18n;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Figures as the language shows them: "80%" and "12.5" in English, "80 %" and "12,5" in Romanian,
 * Russian and Lithuanian. The rounding is {@link Figures}' (DOMAIN §7); only the notation follows the locale.
 */
public final class FigureText {
    private FigureText() {
    }

    private static Locale locale() {
        return I18n.messages().locale();
    }

    /**
     * A percentage, the one way every screen, report and command shows one (DOMAIN §7): no decimals
     * unless it would misleadingly round to 0 or 100, then one ("0.4%", "99.8%"; 99.95 still reads
     * "100%"); null shows as a dash. The sign and its spacing follow the language ("80 %" in Romanian).
     */
    public static String percent(Double value) {
        return percent(value, locale());
    }

    /** {@link #percent(Double)} in a given language's notation, for a report in another language than the app's. */
    public static String percent(Double value, Locale locale) {
        Double shown = Figures.percentValue(value);
        if (shown == null) {
            return Figures.DASH;
        }
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(shown / 100.0);
    }

    /** A number rounded half up to one decimal and always shown with it ("12.5", "3.0"); null shows as a dash. */
    public static String oneDecimal(Double value) {
        if (value == null) {
            return Figures.DASH;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(Figures.round(value, 1));
    }

    /** "±12" beside a figure, or nothing when there is no margin. */
    public static String margin(Double margin) {
        return margin == null ? "" : " ±" + Figures.roundToLong(margin);
    }
}
