package dev.rapport.ui.security;

import java.time.Duration;
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
