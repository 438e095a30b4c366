package dev.rapport.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The window's icons in every size the desktop may ask for. */
final class WindowIcons {
    private static final Logger LOG = Logger.getLogger(WindowIcons.class.getName());

    private WindowIcons() {
    }

    /** The window's icons, unless it has them already (a journal unlocked again after the idle lock shows in the same window). */
    static void set(Stage stage) {
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(decode());
        }
    }

    /** The window's icons decoded on a thread of their own, so the frame with Today's rows does not wait for six PNGs. */
    static void setAside(Stage stage) {
        Thread decoder = new Thread(() -> {
            List<Image> icons = decode();
            Platform.runLater(() -> {
                if (stage.getIcons().isEmpty()) {
                    stage.getIcons().setAll(icons);
                }
            });
        }, "rapport-icons");
        decoder.setDaemon(true);
        decoder.start();
    }

    private static List<Image> decode() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            try (InputStream in = RapportApp.class.getResourceAsStream("icons/rapport-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "No icon of size " + size, e);
            }
        }
        return icons;
    }
}
