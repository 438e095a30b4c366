package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
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
     * @param noun    what is deleted, in the UI language and in the form "Delete …" takes, e.g. "promise"
     *                (label "Delete promise", question "Delete promise?"); {@link #of(AppContext, String, String,
     *                String, String, String, Runnable, Runnable)} takes the whole label and question instead
     * @param message the confirmation's text, naming the item
     * @param done    the status line's text after deleting
     */
    public static Button of(AppContext app, String id, String noun, String message, String done, Runnable delete,
                            Runnable restore) {
        return of(app, id, I18n.t("dialogs.delete.label", noun), I18n.t("dialogs.delete.question", noun), message, done,
                delete, restore);
    }

    /**
     * @param label    the button's text and the confirming action, e.g. "Delete entry"
     * @param question the confirmation's title, e.g. "Delete this entry?"
     */
    public static Button of(AppContext app, String id, String label, String question, String message, String done,
                            Runnable delete, Runnable restore) {
        Button button = new Button(label);
        button.setId(id);
        button.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        button.setOnAction(e -> {
            if (app.dialogs().confirm(question, message, label)) {
                Runnable deleted = () -> {
                    app.sheets().close();
                    app.status().sayWithUndo(done, Writes.undo(app, restore, null, () -> { }));
                };
                Form form = formAround(button);
                if (form != null) {
                    form.save(app.background(), () -> {
                        delete.run();
                        return null;
                    }, none -> deleted.run());
                } else {
                    button.setDisable(true);
                    Writes.run(app, () -> {
                        delete.run();
                        return null;
                    }, none -> deleted.run(), failure -> {
                        button.setDisable(false);
                        app.dialogs().error(question, failure.getMessage());
                    });
                }
            }
        });
        return button;
    }

    /** The sheet the button sits in, which shows the delete running as it shows a save. */
    private static Form formAround(javafx.scene.Node node) {
        for (javafx.scene.Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof Form form) {
                return form;
            }
        }
        return null;
    }
}
