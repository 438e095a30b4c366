package dev.rapport.ui.common;

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
                onFx(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                onFx(() -> onFailure.accept(t));
            }
        });
    }

    public static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
