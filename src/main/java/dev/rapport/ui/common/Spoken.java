package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import atlantafx.base.controls.Tile;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * What a screen reader says for a control that shows no words of its own (an icon, a chart), in
 * the user's language. Narrator, NVDA and VoiceOver read a node's accessible text; without one
 * an icon-only button is announced as just "button".
 */
public final class Spoken {
    private Spoken() {
    }

    /** Names the node from a bundle key; returns the node, to name it where it is built. */
    public static <N extends Node> N name(N node, String key, Object... args) {
        node.setAccessibleText(I18n.t(key, args));
        return node;
    }

    /** Names an icon-only control and shows the same words as its tooltip, for sighted mouse users. */
    public static <C extends Control> C iconName(C control, String key, Object... args) {
        String text = I18n.t(key, args);
        control.setAccessibleText(text);
        if (control.getTooltip() == null) {
            control.setTooltip(new Tooltip(text));
        }
        return control;
    }

    /** A list row (an AtlantaFX Tile) says its title and description, as a sighted user reads them. */
    public static Tile tile(Tile tile) {
        tile.accessibleTextProperty().bind(Bindings.createStringBinding(() -> joined(tile.getTitle(), tile.getDescription()),
                tile.titleProperty(), tile.descriptionProperty()));
        return tile;
    }

    /**
     * Every button among a row's actions names its row: "Mark kept: Send the depot plan, Baltic Freight",
     * so a screen reader user tabbing through a list of identical buttons knows which row each acts on.
     */
    public static void rowActions(Node actions, String row, String client) { // client may be null: the row is the client
        if (actions == null) {
            return;
        }
        List<Button> buttons = new ArrayList<>();
        if (actions instanceof Button b) {
            buttons.add(b);
        }
        if (actions instanceof Parent p) {
            p.lookupAll(".button").forEach(n -> {
                if (n instanceof Button b) {
                    buttons.add(b);
                }
            });
        }
        for (Button button : buttons) {
            button.setAccessibleText(client == null ? I18n.t("spoken.rowActionWithoutClient", button.getText(), row)
                    : I18n.t("spoken.rowAction", button.getText(), row, client));
        }
    }

    private static String joined(String title, String description) {
        if (description == null || description.isBlank()) {
            return title;
        }
        return title == null || title.isBlank() ? description : title + ", " + description;
    }

    /** A label tied to its input, for a sentence of label, input, label ("Keep [7] daily and [4] weekly copies"). */
    public static Label label(String text, Node input) {
        Label label = new Label(text);
        label.setLabelFor(input);
        return label;
    }

    /**
     * Ties a form's label to its field, which may be a row of inputs (a date and a time) or a box
     * with buttons: the label names the first input; each further one says the label and its hint
     * ("Received, hh:mm").
     */
    public static void tieLabel(Label label, Node field) {
        List<Node> inputs = new ArrayList<>();
        inputsIn(field, inputs);
        if (inputs.isEmpty()) {
            label.setLabelFor(field);
            return;
        }
        label.setLabelFor(inputs.get(0) instanceof DateField date ? date.getEditor() : inputs.get(0));
        for (Node other : inputs.subList(1, inputs.size())) {
            if (other.getAccessibleText() == null || other.getAccessibleText().isBlank()) {
                String hint = other instanceof TextInputControl t ? t.getPromptText()
                        : other instanceof DateField d ? d.getPromptText() : other instanceof ComboBoxBase<?> c ? c.getPromptText() : null;
                other.setAccessibleText(hint == null || hint.isBlank() ? label.getText() : label.getText() + ", " + hint);
            }
        }
    }

    private static void inputsIn(Node node, List<Node> found) {
        if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                || node instanceof ChoiceBox<?> || node instanceof DateField) {
            found.add(node);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> inputsIn(child, found));
        }
    }

    /** Ties a label to its input: a screen reader says the label's words when the input takes the keys. */
    public static <N extends Node> N labelled(Label label, N input) {
        label.setLabelFor(input);
        return input;
    }
}
