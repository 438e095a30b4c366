package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.TextScale;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The pieces the sections of Settings share: the card each sits in, number fields, Save buttons. */
public final class SettingsCards {
    private SettingsCards() {
    }

    /** A section's card: its title, a line saying what it is for, then its body. */
    public static VBox card(String title, String description, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_4);
        Label d = new Label(description);
        d.getStyleClass().add(Styles.TEXT_MUTED);
        d.setWrapText(true);
        VBox card = new VBox(10, t, d, body);
        card.getStyleClass().add("header-card");
        card.setMaxWidth(TextScale.em(64));
        return card;
    }

    /** An editable number field kept in step with the view-model's value. */
    public static Spinner<Integer> spinner(String id, int min, int max, double width, ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>(min, max, value.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(width);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    /** A Save button, off while a save runs. */
    public static Button saveButton(ReadOnlyBooleanProperty busy, Runnable save) {
        Button button = new Button(I18n.t("settings.save"));
        button.disableProperty().bind(busy);
        button.setOnAction(e -> save.run());
        return button;
    }

    /** A label and its input side by side. */
    public static HBox pair(Label label, Node input) {
        HBox pair = new HBox(8, label, input);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }
}
