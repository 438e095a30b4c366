package dev.rapport.ui.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * The size of all text, as a share of AtlantaFX's 14 px: one small stylesheet on every window's
 * scene sets the root font size, and everything measured in em (paddings, icons, the app's own
 * styles) follows. Popups, tooltips and dialogs are windows too, so they grow with the rest.
 */
public final class TextScale {
    /** AtlantaFX's root font size at 100 %. */
    public static final double BASE_FONT_SIZE = 14;

    private static int percent = 100;

    private TextScale() {
    }

    /** The root font size in pixels at the chosen scale, for code that measures text itself. */
    public static double fontSize() {
        return BASE_FONT_SIZE * percent / 100.0;
    }

    /** A length in em as pixels at the chosen scale, for sizes set in code (a sheet's width). */
    public static double em(double ems) {
        return Math.round(ems * fontSize());
    }

    public static int percent() {
        return percent;
    }

    /** Scales every open window's text now and every window opened later; call on the FX thread. */
    public static void use(int newPercent) {
        percent = newPercent;
        WindowSheets.use("text-scale", sheet(newPercent));
    }

    private static final String MARK = "/* rapport text scale */";

    /**
     * The root's size, and the few places AtlantaFX fixes in pixels (tooltips, a text field's
     * context menu) so they follow too.
     */
    static String css(int percent) {
        String px = String.format(Locale.ROOT, "%.2fpx", BASE_FONT_SIZE * percent / 100.0);
        return MARK + "\n.root { -fx-font-size: " + px + "; }\n.tooltip, .text-input .context-menu { -fx-font-size: " + px + "; }\n";
    }

    private static String sheet(int percent) {
        return "data:text/css;charset=utf-8;base64," + Base64.getEncoder().encodeToString(css(percent).getBytes(StandardCharsets.UTF_8));
    }
}
