package dev.rapport.ui.security;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks an encrypted journal after a stretch without keyboard or mouse input: a check every
 * few seconds compares the time since the last input with the limit.
 */
public final class IdleLock {
    public static final int DEFAULT_MINUTES = 10;
    /** The journal setting that holds the minutes (0 = never lock). */
    public static final String SETTING = "security.autoLockMinutes";

    private final Duration limit;
    private final LongSupplier nanoTime;
    private final Runnable onLock;
    private final Timeline ticker;
    private final EventHandler<InputEvent> activity = e -> touch();
    private Scene scene;
    private long lastInput;
    private boolean locked;

    public IdleLock(Duration limit, LongSupplier nanoTime, Runnable onLock) {
        this.limit = limit;
        this.nanoTime = nanoTime;
        this.onLock = onLock;
        this.lastInput = nanoTime.getAsLong();
        this.ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(5), e -> check()));
        ticker.setCycleCount(Animation.INDEFINITE);
    }

    /** Watches the scene's input and starts counting. */
    public static IdleLock install(Scene scene, Duration limit, Runnable onLock) {
        IdleLock lock = new IdleLock(limit, System::nanoTime, onLock);
        lock.watch(scene);
        lock.ticker.play();
        return lock;
    }

    /** The minutes from the journal setting: a whole number, default {@value #DEFAULT_MINUTES}, 0 for never. */
    public static int minutes(Optional<String> setting) {
        try {
            return setting.map(String::strip).map(Integer::parseInt).filter(m -> m >= 0).orElse(DEFAULT_MINUTES);
        } catch (NumberFormatException e) {
            return DEFAULT_MINUTES;
        }
    }

    void watch(Scene watched) {
        scene = watched;
        scene.addEventFilter(InputEvent.ANY, activity);
    }

    public void touch() {
        lastInput = nanoTime.getAsLong();
    }

    /** Locks when the limit has passed since the last input; runs once. */
    public void check() {
        if (!locked && nanoTime.getAsLong() - lastInput >= limit.toNanos()) {
            locked = true;
            stop();
            onLock.run();
        }
    }

    public void stop() {
        ticker.stop();
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
            scene = null;
        }
    }
}
