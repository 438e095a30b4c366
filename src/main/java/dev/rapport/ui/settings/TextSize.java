package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.TextScale;

import java.util.prefs.Preferences;

import javafx.scene.text.Font;

/**
 * How large the text is, per machine like the theme. Until the user chooses, it follows the
 * system where JavaFX can tell: its default font is the system's message font on Windows, which
 * "Make text bigger" enlarges (Segoe UI 9 pt is 12 px at 100 %); on macOS and Linux JavaFX reports a
 * fixed 13 px whatever the desktop's text scaling, so there the default is 100 %. The display's
 * scaling (Screen.getOutputScaleX, 150 % on many laptops) already enlarges the whole window when
 * it is drawn and is not counted again.
 */
public enum TextSize {
    P100(100), P125(125), P150(150), P175(175);

    private static final Preferences PREFS = Preferences.userRoot().node(System.getProperty("rapport.preferences", "dev/rapport") + "/appearance");
    private static final String KEY = "textSize";
    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public String label() {
        return I18n.t("settings.textSize.percent", percent);
    }

    /** The chosen size, or the system's where none was chosen. */
    public static TextSize saved() {
        int chosen = PREFS.getInt(KEY, 0);
        for (TextSize size : values()) {
            if (size.percent == chosen) {
                return size;
            }
        }
        return system();
    }

    /** The system's text scale as JavaFX reports it (see the class comment). */
    public static TextSize system() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        return nearest(windows ? Font.getDefault().getSize() / 12.0 : 1.0);
    }

    /** The step closest to a scale factor (1.0 = 100 %), never below 100 % nor above 175 %. */
    static TextSize nearest(double factor) {
        TextSize best = P100;
        for (TextSize size : values()) {
            if (Math.abs(size.percent - factor * 100) < Math.abs(best.percent - factor * 100)) {
                best = size;
            }
        }
        return best;
    }

    public void apply() {
        TextScale.use(percent);
    }

    public void applyAndSave() {
        apply();
        PREFS.putInt(KEY, percent);
    }
}
