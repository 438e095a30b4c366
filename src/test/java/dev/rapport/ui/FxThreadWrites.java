package dev.rapport.ui;

import dev.rapport.store.WriteThreads;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javafx.application.Platform;

/**
 * Catches every journal write that begins on the FX thread, where it would freeze the window for
 * as long as it takes (an encrypted journal seals the whole file again). Each catch keeps the
 * writer's stack, so a failure names the screen that wrote.
 */
public final class FxThreadWrites implements AutoCloseable {
    private final List<Throwable> caught = new CopyOnWriteArrayList<>();
    private final AutoCloseable watch;

    private final String what;

    private FxThreadWrites(boolean reads) {
        what = reads ? "read" : "write";
        Runnable watcher = () -> {
            if (Platform.isFxApplicationThread()) {
                caught.add(new Throwable("A journal " + what + " on the FX thread"));
            }
        };
        watch = reads ? WriteThreads.watchReads(watcher) : WriteThreads.watch(watcher);
    }

    public static FxThreadWrites watch() {
        return new FxThreadWrites(false);
    }

    /** Catches reads instead: on a large encrypted journal a read on the FX thread stalls the window too. */
    public static FxThreadWrites watchReads() {
        return new FxThreadWrites(true);
    }

    public List<Throwable> caught() {
        return List.copyOf(caught);
    }

    /** Fails naming where each write on the FX thread came from (the project's own frames). */
    public void assertNone() {
        if (!caught.isEmpty()) {
            throw new AssertionError(caught.size() + " journal " + what + "(s) ran on the FX thread:\n" + caught.stream()
                    .map(FxThreadWrites::where).collect(Collectors.joining("\n---\n")));
        }
    }

    private static String where(Throwable t) {
        return Arrays.stream(t.getStackTrace()).filter(f -> f.getClassName().startsWith("dev.rapport."))
                .filter(f -> !f.getClassName().startsWith(FxThreadWrites.class.getName()))
                .limit(12).map(f -> "  at " + f).collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws Exception {
        watch.close();
    }
}
