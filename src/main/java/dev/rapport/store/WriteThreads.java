package dev.rapport.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Told, on the writing thread, as each write to a journal file begins: a transaction, a new seal,
 * an encryption in place, a restore, opening a journal for writing (its lock, an upgrade) and closing
 * it (the planner's statistics). The product installs no watcher; the desktop's tests install
 * one that catches a write made on the window's thread, where it would freeze the window (the
 * store knows no windows, so the watcher decides what a wrong thread is).
 */
public final class WriteThreads {
    private static final List<Runnable> WATCHERS = new CopyOnWriteArrayList<>();
    private static final List<Runnable> READ_WATCHERS = new CopyOnWriteArrayList<>();

    private WriteThreads() {
    }

    /** Calls {@code watcher} on the writing thread at the start of every write until the returned handle is closed. */
    public static AutoCloseable watch(Runnable watcher) {
        WATCHERS.add(watcher);
        return () -> WATCHERS.remove(watcher);
    }

    /** A write to a journal file begins on this thread. */
    public static void writing() {
        for (Runnable watcher : WATCHERS) {
            watcher.run();
        }
    }

    /** Calls {@code watcher} on the reading thread at the start of every read until the returned handle is closed. */
    public static AutoCloseable watchReads(Runnable watcher) {
        READ_WATCHERS.add(watcher);
        return () -> READ_WATCHERS.remove(watcher);
    }

    /** A read of a journal file begins on this thread (on a large journal it takes its time too). */
    public static void reading() {
        for (Runnable watcher : READ_WATCHERS) {
            watcher.run();
        }
    }
}
