package dev.rapport.ui.common;

import dev.rapport.ui.AppContext;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A change to many rows at once, the same way on every list: ask with the count in the question,
 * apply to all or none (off the FX thread), say what was done with Undo, and refresh the list after each step.
 */
public final class BulkChanges {
    private BulkChanges() {
    }

    /**
     * @param title    the confirmation's title and its confirming button
     * @param question the question naming the count, e.g. "Add the tag retainer to 3 clients?"
     * @param done     what the status line says once applied
     * @param undone   what it says once undone
     * @param apply    makes the change and returns what Undo needs
     * @param undo     takes the change back
     * @param reload   refreshes the list
     */
    public static <T> void confirmAndApply(AppContext app, String title, String question, String done, String undone,
                                           Supplier<T> apply, Consumer<T> undo, Runnable reload) {
        if (!app.dialogs().confirm(title, question, title)) {
            return;
        }
        Writes.run(app, apply, change -> {
            app.status().sayWithUndo(done, Writes.undo(app, () -> undo.accept(change), undone, reload));
            reload.run();
        }, failure -> app.dialogs().error(title, failure.getMessage()));
    }
}
