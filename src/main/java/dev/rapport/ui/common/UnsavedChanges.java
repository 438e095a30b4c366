package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.layout.Pane;

/**
 * Whether anything in a sheet was changed since it opened, read from what its inputs hold, and the
 * question asked before such a sheet is closed without saving.
 */
final class UnsavedChanges {
    private final Node fields;
    private List<Object> clean = List.of();
    private BooleanSupplier discardAllowed = () -> true;

    UnsavedChanges(Node fields) {
        this.fields = fields;
    }

    boolean isChanged() {
        return !clean.equals(values());
    }

    /** What the inputs hold now is the unchanged state. */
    void markClean() {
        clean = values();
    }

    /** The question asked before changes are dropped; true lets them go. */
    void askBeforeDiscarding(BooleanSupplier question) {
        this.discardAllowed = question;
    }

    /** True when nothing changed, or when the question said the changes may go. */
    boolean mayDiscard() {
        return !isChanged() || discardAllowed.getAsBoolean();
    }

    private List<Object> values() {
        List<Object> out = new ArrayList<>();
        collectValues(fields, out);
        return out;
    }

    private static void collectValues(Node node, List<Object> out) {
        if (node instanceof DatePicker d) {
            out.add(d.getEditor().getText());
        } else if (node instanceof TextInputControl t) {
            out.add(t.getText());
        } else if (node instanceof ComboBoxBase<?> c) {
            out.add(c.getValue());
        } else if (node instanceof Toggle t) {
            out.add(t.isSelected());
        } else if (node instanceof ScrollPane s) {
            if (s.getContent() != null) {
                collectValues(s.getContent(), out);
            }
        } else if (node instanceof Pane p) {
            out.add(p.getChildren().size());
            p.getChildren().forEach(child -> collectValues(child, out));
        }
    }
}
