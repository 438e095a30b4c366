package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import javafx.application.Platform;

/**
 * Runs journal work off the FX thread and brings its result back to it. Tests hand in a
 * {@link #joinedThread()}: the work still runs on a thread of its own (so a journal write left on
 * the FX thread shows), yet the caller waits for it, so tests are deterministic rather than sleepy.
 */
public final class Background {
    private static final Logger LOG = Logger.getLogger(Background.class.getName());
    private final Executor executor;
    /** True when the caller waits for the work and takes its result at once, on its own thread. */
    private final boolean joined;
    /** Results and change-notice reloads come at once on the calling thread, FX or not (view-model tests). */
    private final boolean direct;
    /** What a failure without a message of its own says, built on the first run so that saying it after running out of memory allocates nothing. */
    private volatile Failure unexpected;
    private volatile Failure outOfMemory;
    /** Results waiting for the window's first frame; null when they are delivered at once. FX thread only. */
    private List<Runnable> held;

    public Background(Executor executor) {
        this(executor, false);
    }

    private Background(Executor executor, boolean joined) {
        this(executor, joined, false);
    }

    private Background(Executor executor, boolean joined, boolean direct) {
        this.executor = executor;
        this.joined = joined;
        this.direct = direct;
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

    /**
     * Each piece of work on a new thread of its own while the caller waits; its result or failure is
     * then delivered on the caller's thread at once. For tests: as deterministic as {@link #sameThread()},
     * but the work runs where the app runs it, off the FX thread.
     */
    public static Background joinedThread() {
        return new Background(work -> {
            Thread worker = new Thread(work, "rapport-journal-joined");
            worker.setDaemon(true);
            worker.start();
            boolean interrupted = false;
            while (worker.isAlive()) {
                try {
                    worker.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }, true);
    }

    /**
     * Work, its result and what follows a change notice all at once on the calling thread, with no
     * FX thread involved: for view-model tests without a window, deterministic whatever else ran first.
     */
    public static Background direct() {
        return new Background(Runnable::run, false, true);
    }

    /** A failure told in a sentence of the user's language; the original, if any, is its cause (and in the log). */
    public static final class Failure extends RuntimeException {
        Failure(String sentence, Throwable cause) {
            super(sentence, cause, false, false);
        }
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        prepareFailures();
        if (joined) {
            Runnable[] outcome = new Runnable[1];
            executor.execute(() -> outcome[0] = outcome(work, onSuccess, onFailure));
            deliver(outcome[0]);
            return;
        }
        executor.execute(() -> {
            Runnable outcome = outcome(work, onSuccess, onFailure);
            later(() -> deliver(outcome));
        });
    }

    private void prepareFailures() {
        if (outOfMemory == null) {
            unexpected = new Failure(I18n.t("common.failed.unexpected"), null);
            outOfMemory = new Failure(I18n.t("common.failed.outOfMemory"), null);
        }
    }

    /**
     * Long work (reading a mail folder of thousands of messages) on a thread of its own rather than the
     * journal's worker, so the window's other loads and saves go on between its steps; its result or
     * failure comes back as {@link #run}'s do. Tests' backgrounds run it as they run everything else.
     */
    public <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (joined || direct || !(executor instanceof ExecutorService)) {
            run(work, onSuccess, onFailure);
            return;
        }
        prepareFailures();
        Thread aside = new Thread(() -> {
            Runnable outcome = outcome(work, onSuccess, onFailure);
            later(() -> deliver(outcome));
        }, "rapport-aside");
        aside.setDaemon(true);
        aside.start();
    }

    /** Does the work; what is left to do with its result or failure, on the thread that receives it. */
    private <T> Runnable outcome(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = work.call();
            return () -> onSuccess.accept(result);
        } catch (Throwable t) {
            log(t);
            Throwable told = told(t);
            return () -> onFailure.accept(told);
        }
    }

    /**
     * The failure as the user should read it: a refusal or any message of its own as it is; an error
     * or a failure with no message (which would show "null") as a sentence saying what happened.
     */
    private Throwable told(Throwable t) {
        if (t instanceof OutOfMemoryError) {
            return outOfMemory;
        }
        if (t instanceof Error || t.getMessage() == null || t.getMessage().isBlank()) {
            return new Failure(unexpected.getMessage(), t);
        }
        return t;
    }

    private static void log(Throwable t) {
        try {
            if (t instanceof RapportException) {
                LOG.log(Level.FINE, "Refused: " + t.getMessage(), t);
            } else {
                LOG.log(Level.WARNING, "Background work failed", t);
            }
        } catch (Throwable loggingFailed) {
            // out of memory, logging itself may fail: the user is still told, which matters more
        }
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

    /** Runs r on the FX thread (at once for {@link #direct()}). */
    public void later(Runnable r) {
        if (direct) {
            r.run();
        } else {
            onFx(r);
        }
    }

    /**
     * Runs r after the committed write that is telling of itself (a change listener runs with the
     * journal held): a pulse later on the FX thread, or at once for {@link #direct()}.
     */
    public void afterWrite(Runnable r) {
        if (direct) {
            r.run();
        } else {
            Platform.runLater(r);
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
