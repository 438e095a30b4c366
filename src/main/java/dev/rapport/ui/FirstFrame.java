package dev.rapport.ui;

import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What waits for the window's first frame. Start-up measurement, off unless asked for:
 * {@code -Drapport.firstFrameFile=FILE} writes the wall-clock times of that frame and of the first
 * frame that shows what the first background loads brought (see {@link FirstFrameFile}), and
 * {@code -Drapport.exitAfterFirstFrame=true} then quits (the installer uses it to list the classes
 * a start loads, for its class-data archive).
 */
final class FirstFrame {
    private static final Logger LOG = Logger.getLogger(FirstFrame.class.getName());

    private FirstFrame() {
    }

    /** Runs {@code then} once the first frame is laid out. */
    static void then(Scene scene, Background background, Runnable then) {
        String file = System.getProperty("rapport.firstFrameFile");
        boolean exit = Boolean.getBoolean("rapport.exitAfterFirstFrame");
        afterNextPulse(scene, () -> {
            if (file != null) {
                FirstFrameFile.frame(Path.of(file));
            }
            Platform.runLater(() -> {
                then.run();
                if (file != null || exit) {
                    // Queued behind the first loads on the one worker, so it comes back after their results.
                    background.run(() -> null, done -> afterNextPulse(scene, () -> {
                        if (file != null) {
                            FirstFrameFile.content(Path.of(file));
                        }
                        if (exit) {
                            Platform.runLater(Platform::exit);
                        }
                    }), t -> LOG.log(Level.WARNING, "Start-up measurement failed", t));
                }
            });
        });
    }

    private static void afterNextPulse(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
