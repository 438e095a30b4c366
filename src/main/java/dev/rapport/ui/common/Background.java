package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import javafx.application.Platform;

/**
 * Runs journal work off the FX thread and brings its result back to it. Tests hand in a
 * same-thread executor, so they are deterministic rather than sleepy.
 */
public final class Background {
    private final Executor executor;
    /** Results waiting for the window's first frame; null when they are delivered at once. FX thread only. */
    private List<Runnable> held;

    public Background(Executor executor) {
        this.executor = executor;
    }

    /** One worker thread: the journal's connection serialises work anyway, and order is kept. */
    public static Background singleThread() {
        ExecutorService service = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapport-journal");
            t.setDaemon(true);
            return t;
        });
        return new Background(service);
    }

    public static Background sameThread() {
        return new Background(Runnable::run);
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                onFx(() -> deliver(() -> onSuccess.accept(result)));
            } catch (Throwable t) {
                onFx(() -> deliver(() -> onFailure.accept(t)));
            }
        });
    }

    /**
     * From now on results wait (the work itself goes on) until {@link #deliverHeld()}: the window's
     * first frame is not held up by building what the first loads bring, which follows a frame later.
     */
    public void holdResults() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** Delivers the results that waited, in the order they came, and stops holding. */
    public void deliverHeld() {
        List<Runnable> waiting = held;
        held = null;
        if (waiting != null) {
            waiting.forEach(Runnable::run);
        }
    }

    private void deliver(Runnable result) {
        if (held != null) {
            held.add(result);
        } else {
            result.run();
        }
    }

    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
