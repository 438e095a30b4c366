package dev.rapport.ui.common;

import java.time.Duration;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Calls back at a steady pace until stopped. The window's runs on the FX thread and stops with the
 * window its owner is in (another journal, the lock screen); a test's ticks when the test says, so
 * what waits for time is tested without waiting.
 */
public interface Ticker {
    /** Calls {@code tick} every {@code period} from now on (the first after one period). */
    void every(Duration period, Runnable tick);

    void stop();

    /** On the FX thread, for as long as {@code owner} stays in the window it is in now. */
    static Ticker whileShown(Node owner) {
        return new Ticker() {
            private Timeline timeline;
            private final ObservableValue<Window> window = owner.sceneProperty().flatMap(Scene::windowProperty);

            @Override
            public void every(Duration period, Runnable tick) {
                stop();
                timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
                timeline.setCycleCount(Timeline.INDEFINITE);
                window.addListener((o, was, now) -> {
                    if (now == null) {
                        stop();
                    }
                });
                timeline.play();
            }

            @Override
            public void stop() {
                if (timeline != null) {
                    timeline.stop();
                }
            }
        };
    }
}
