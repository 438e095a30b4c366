package dev.rapport.ui.common;

import dev.rapport.ui.AppContext;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A journal write started from a button or a key, run off the FX thread (on an encrypted journal a
 * write seals the whole file again, which would freeze the window); a failure is said in words on
 * the status line. Sheets save through {@link Form#save} instead, which shows it at their fields.
 */
public final class Writes {
    private Writes() {
    }

    /** Runs the write, then {@code then} on the FX thread; a failure is said on the status line. */
    public static void run(AppContext app, Runnable write, Runnable then) {
        app.background().run(() -> {
            write.run();
            return null;
        }, done -> then.run(), failure -> app.status().say(failure.getMessage()));
    }

    /** Runs the write, then hands what it returned to {@code then}; a failure goes to {@code failed}. */
    public static <T> void run(AppContext app, Supplier<T> write, Consumer<T> then, Consumer<Throwable> failed) {
        app.background().run(write::get, then, failed);
    }

    /** Runs the write while {@code trigger} (the button that asked for it) is turned off; then {@code then}, or {@code failed}. */
    public static void run(AppContext app, javafx.scene.Node trigger, Runnable write, Runnable then, Consumer<Throwable> failed) {
        trigger.setDisable(true);
        run(app, () -> {
            write.run();
            return null;
        }, done -> {
            trigger.setDisable(false);
            then.run();
        }, failure -> {
            trigger.setDisable(false);
            failed.accept(failure);
        });
    }

    /** An Undo for the status line that takes the change back off the FX thread, then says {@code undone} (when given). */
    public static Runnable undo(AppContext app, Runnable takeBack, String undone, Runnable then) {
        return () -> run(app, takeBack, () -> {
            if (undone != null) {
                app.status().say(undone);
            }
            then.run();
        });
    }
}
