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
        Button button = new Button("Delete " + noun);
        button.setId(id);
        button.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        button.setOnAction(e -> {
            if (app.dialogs().confirm("Delete this " + noun + "?", message, "Delete " + noun)) {
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
