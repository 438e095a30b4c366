package dev.rapport.ui;

import dev.rapport.ui.common.Background;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What waits for the window's first frame, and tells the start-up measurement (off unless the
 * launcher was asked for it, see dev.rapport.tools.window.FirstFrameFile) of that frame and of the
 * first frame that shows what the first background loads brought.
 */
final class FirstFrame {
    private static final Logger LOG = Logger.getLogger(FirstFrame.class.getName());

    private FirstFrame() {
    }

    /** Runs {@code then} once the first frame is laid out. */
    static void then(Scene scene, Background background, Runnable then) {
        DesktopTools.StartMeasurement measurement = Desktop.tools().measurement();
        afterNextPulse(scene, () -> {
            measurement.firstFrame();
            Platform.runLater(() -> {
                then.run();
                if (measurement.active()) {
                    // Queued behind the first loads on the one worker, so it comes back after their results.
                    background.run(() -> null, done -> afterNextPulse(scene, () -> {
                        measurement.firstContent();
                        if (measurement.exitAfterContent()) {
                            quitAfter(measurement.exitDelay());
                        }
                    }), t -> LOG.log(Level.WARNING, "Start-up measurement failed", t));
                }
            });
        });
    }

    private static void quitAfter(Duration delay) {
        if (delay.isZero()) {
            Platform.runLater(Platform::exit);
            return;
        }
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> Platform.exit());
        pause.play();
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
