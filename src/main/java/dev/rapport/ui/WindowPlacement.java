package dev.rapport.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position on this machine (not in the journal: it is per screen). */
final class WindowPlacement {
    private static final Preferences PREFS = Preferences.userRoot().node(System.getProperty("rapport.preferences", "dev/rapport") + "/window");

    private WindowPlacement() {
    }

    static void restore(Stage stage) {
        double w = PREFS.getDouble("width", 1280);
        double h = PREFS.getDouble("height", 800);
        double x = PREFS.getDouble("x", Double.NaN);
        double y = PREFS.getDouble("y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        // Only where a screen still shows the title bar: a laptop off its dock must not lose the window.
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 200, 40)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(PREFS.getBoolean("maximized", false));
    }

    static void save(Stage stage) {
        if (stage == null) {
            return;
        }
        PREFS.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isIconified()) {
            PREFS.putDouble("x", stage.getX());
            PREFS.putDouble("y", stage.getY());
            PREFS.putDouble("width", stage.getWidth());
            PREFS.putDouble("height", stage.getHeight());
        }
        try {
            PREFS.flush();
        } catch (BackingStoreException e) {
            java.util.logging.Logger.getLogger(WindowPlacement.class.getName()).fine("Window placement not saved: " + e);
        }
    }
}
