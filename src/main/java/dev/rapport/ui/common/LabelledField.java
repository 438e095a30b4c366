package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One row of a form: the field's caption (spoken with its input), the input, an optional help line, its error line. */
final class LabelledField {
    private LabelledField() {
    }

    static VBox of(String label, Node input, String help, Label error) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        Spoken.tieLabel(caption, input);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, caption, input);
        if (help != null) {
            Label h = new Label(help);
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        box.getChildren().add(error);
        return box;
    }
}
