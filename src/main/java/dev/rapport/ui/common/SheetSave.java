package dev.rapport.ui.common;

import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What every sheet's Save does: read the fields (a refusal shows on the sheet, by its field), write
 * off the FX thread, then close the sheet, say what was stored on the status line and hand it on.
 */
public final class SheetSave {
    private SheetSave() {
    }

    /** Reads the sheet's fields and saves; what the fields refuse shows on the sheet. */
    @FunctionalInterface
    public interface Reading {
        void run() throws RapportException;
    }

    /** Save runs {@code reading}; a refusal it throws shows on the sheet, which stays open. */
    public static void onSave(Form form, Reading reading) {
        form.onSave(() -> {
            try {
                reading.run();
            } catch (RapportException e) {
                form.showError(e);
            }
        });
    }

    /** A view-model's write that runs off the FX thread itself and answers through one of the two. */
    @FunctionalInterface
    public interface ModelWrite<T> {
        void run(Consumer<T> stored, Consumer<Throwable> failed);
    }

    /**
     * Runs a view-model's write with Save turned off meanwhile; once stored, {@code stored} gets it
     * (and closes the sheet); a failure shows on the sheet, which stays open with Save on again.
     */
    public static <T> void through(Form form, ModelWrite<T> write, Consumer<T> stored) {
        form.clearErrors();
        form.setSaveDisabled(true);
        write.run(result -> {
            form.setSaveDisabled(false);
            stored.accept(result);
        }, failure -> {
            form.setSaveDisabled(false);
            form.showFailure(failure);
        });
    }

    /** The write off the FX thread; once stored, the sheet closes, the status line says {@code said} and {@code saved} gets it. */
    public static <T> void thenClose(AppContext app, Form form, Callable<T> write, Function<T, String> said, Consumer<T> saved) {
        form.save(app.background(), write, stored -> {
            app.sheets().close();
            app.status().say(said.apply(stored));
            saved.accept(stored);
        });
    }
}
