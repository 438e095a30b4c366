package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Where a form says why it was not saved: beneath the field a refusal names (the field marked and
 * focused), or on one line above the fields for anything else.
 */
final class FieldErrors {
    private final Map<String, Label> errors = new HashMap<>();
    private final Map<String, Node> inputs = new HashMap<>();
    private final Label general = errorLabel();

    /** The line above the fields. */
    Label generalLine() {
        return general;
    }

    /** Remembers the input of the model's field {@code key}; returns the (hidden) label its errors show in. */
    Label register(String key, Node input) {
        Label error = errorLabel();
        error.setId("error-" + key);
        errors.put(key, error);
        inputs.put(key, input);
        return error;
    }

    void clear() {
        errors.values().forEach(l -> show(l, null));
        inputs.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        show(general, null);
    }

    /** Shows why a save failed: at the field it names, or above the fields. */
    void show(RapportException e) {
        clear();
        if (e instanceof ValidationException v && errors.containsKey(v.field())) {
            show(errors.get(v.field()), v.getMessage());
            Node input = inputs.get(v.field());
            input.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            input.requestFocus();
        } else {
            show(general, e.getMessage());
        }
    }

    /** A refusal at its field; anything else (already told in words) above the fields. */
    void showFailure(Throwable failure) {
        if (failure instanceof RapportException e) {
            show(e);
        } else {
            clear();
            show(general, failure.getMessage());
        }
    }

    private static Label errorLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL, "field-error");
        l.setWrapText(true);
        show(l, null);
        return l;
    }

    private static void show(Label label, String text) {
        label.setText(text == null ? "" : text);
        label.setVisible(text != null);
        label.setManaged(text != null);
    }
}
