package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.ui.AppContext;

import javafx.scene.control.Button;

/**
 * The delete button at the foot of an editing sheet: asks first, deletes, closes the sheet and
 * offers Undo in the status line. One place, so every item deletes the same way.
 */
public final class DeleteButton {
    private DeleteButton() {
    }

    /**
     * @param noun    what is deleted, e.g. "promise" (label "Delete promise", question "Delete this promise?")
     * @param message the confirmation's text, naming the item
     * @param done    the status line's text after deleting
     */
    public static Button of(AppContext app, String id, String noun, String message, String done, Runnable delete,
                            Runnable restore) {
        return of(app, id, "Delete " + noun, "Delete this " + noun + "?", message, done, delete, restore);
    }

    /**
     * The same with whole texts, for languages where "Delete" and the noun do not simply join.
     *
     * @param label    the button's and the confirming action's text, e.g. "Delete promise"
     * @param question the confirmation's title, e.g. "Delete this promise?"
     */
    public static Button of(AppContext app, String id, String label, String question, String message, String done,
                            Runnable delete, Runnable restore) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        button.setOnAction(e -> {
            if (app.dialogs().confirm(question, message, label)) {
                delete.run();
                app.sheets().close();
                app.status().sayWithUndo(done, () -> {
                    restore.run();
                    app.navigator().refresh();
                });
                app.navigator().refresh();
            }
        });
        return button;
    }
}
