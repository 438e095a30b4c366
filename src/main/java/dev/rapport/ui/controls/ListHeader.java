package dev.rapport.ui.controls;

import atlantafx.base.theme.Styles;
import dev.rapport.ui.common.Icons;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The head of every list screen (Clients, People, Journal, Promises, Problems, Requests): the
 * title, how many rows the filter shows (bound to the screen's view-model), then the screen's
 * actions at the right, the main one last; a way back above it where the screen has one.
 */
public final class ListHeader extends VBox {
    private final HBox row;

    /** countId names the count for tests and screen readers; the actions stand right of it, in order. */
    public ListHeader(String title, String countId, ObservableValue<String> count, List<? extends Node> actions) {
        super(4);
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        Label shown = new Label();
        shown.setId(countId);
        shown.getStyleClass().add(Styles.TEXT_MUTED);
        shown.textProperty().bind(count);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        row = new HBox(12, heading, shown, spacer);
        row.getChildren().addAll(actions);
        row.setAlignment(Pos.BASELINE_LEFT);
        getChildren().add(row);
    }

    /** Lines the title and the buttons up by their middles rather than their text (the ledger's screens). */
    public ListHeader centred() {
        row.setAlignment(Pos.CENTER_LEFT);
        return this;
    }

    /** A small flat button above the title that leads back to where the screen was opened from. */
    public ListHeader withBack(String id, String label, Runnable back) {
        Button button = new Button(label, Icons.of(Feather.ARROW_LEFT));
        button.setId(id);
        button.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        button.setOnAction(e -> back.run());
        getChildren().add(0, button);
        return this;
    }

    /** One of the screen's actions. */
    public static Button action(String id, String label, Feather icon, Runnable action) {
        Button button = new Button(label, Icons.of(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    /** The screen's main action (New …), drawn in the accent colour. */
    public static Button main(String id, String label, Feather icon, Runnable action) {
        Button button = action(id, label, icon, action);
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    /** The page every list screen is: its padding and the room between header, filters and list. */
    public static void page(VBox screen) {
        screen.getStyleClass().add("page");
        screen.setSpacing(16);
        screen.setPadding(new Insets(24));
    }
}
