package dev.rapport.ui.controls;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The filter bar every list screen shares (Clients, People, Journal, Promises, Problems, Requests):
 * a search field, choices with "any" first, a date range, saved views and Clear, each bound to
 * its screen's view-model. What does not fit on a line flows onto the next, so longer words in
 * other languages are not cut.
 */
public final class FilterBar extends FlowPane {
    /**
     * The spoken name of a field whose id ends in one of these ("clients-tag", "journal-from"); any other is
     * named by its prompt, which a screen reader would otherwise lose once a value is chosen or typed.
     */
    private static final java.util.Map<String, String> SPOKEN = java.util.Map.ofEntries(
            java.util.Map.entry("filter", "spoken.filter.text"), java.util.Map.entry("status", "spoken.filter.status"),
            java.util.Map.entry("tag", "spoken.filter.tag"), java.util.Map.entry("rhythm", "spoken.filter.rhythm"),
            java.util.Map.entry("client", "spoken.filter.client"), java.util.Map.entry("channel", "spoken.filter.channel"),
            java.util.Map.entry("state", "spoken.filter.state"), java.util.Map.entry("after", "spoken.filter.contactFrom"),
            java.util.Map.entry("before", "spoken.filter.contactUntil"), java.util.Map.entry("from", "spoken.filter.from"),
            java.util.Map.entry("to", "spoken.filter.to"));

    public FilterBar() {
        super(12, 8);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("filter-bar");
    }

    /** The search field, bound both ways to text. */
    public CustomTextField search(String id, String prompt, double width, StringProperty text) {
        CustomTextField field = new CustomTextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setLeft(Icons.of(Feather.FILTER));
        speak(field, id, prompt);
        field.setPrefWidth(width);
        field.textProperty().bindBidirectional(text);
        getChildren().add(field);
        return field;
    }

    /** A choice among items or any (null, named anyLabel), following value both ways; the items may change. */
    public <T> ComboBox<T> choice(String id, String anyLabel, Function<T, String> label, ObservableList<T> items,
                                  ObjectProperty<T> value) {
        return choice(new ComboBox<>(), id, anyLabel, label, items, value);
    }

    /** The same with a combo box of the screen's own (a picker that filters as one types). */
    public <T> ComboBox<T> choice(ComboBox<T> box, String id, String anyLabel, Function<T, String> label, ObservableList<T> items,
                                  ObjectProperty<T> value) {
        box.setId(id);
        speak(box, id, anyLabel);
        box.setPromptText(anyLabel);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? anyLabel : label.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMinWidth(Region.USE_PREF_SIZE);
        link(box, items, value);
        getChildren().add(box);
        return box;
    }

    /** A date field bound both ways to value, wide enough for its prompt. */
    public DateField date(String id, String prompt, Clock clock, double minWidth, ObjectProperty<LocalDate> value) {
        DateField field = new DateField(clock).compact();
        field.setId(id);
        field.setPromptText(prompt);
        speak(field, id, prompt);
        field.setPrefWidth(Math.max(minWidth, Math.ceil(new Text(prompt).getLayoutBounds().getWidth()) + 64));
        field.valueProperty().bindBidirectional(value);
        getChildren().add(field);
        return field;
    }

    /** A caption before the controls that follow it (they stay on its line). */
    public void caption(String text, Node... following) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().removeAll(following);
        HBox group = new HBox(10, l);
        group.getChildren().addAll(following);
        group.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(group);
    }

    /** The saved views: choosing one hands it to chosen; the button beside saves the filter as a new one. */
    public <V> ComboBox<V> savedViews(String id, String prompt, ObservableList<V> views, Consumer<V> chosen, String saveId,
                                      String saveLabel, Runnable save) {
        ComboBox<V> box = new ComboBox<>(views);
        box.setId(id);
        Spoken.name(box, "spoken.filter.views");
        box.setPromptText(prompt);
        box.valueProperty().addListener((o, was, now) -> {
            // the views read again hand the box an equal view: nobody chose anything
            if (now != null && !now.equals(was)) {
                chosen.accept(now);
            }
        });
        Button button = new Button(saveLabel, Icons.of(Feather.BOOKMARK));
        button.setId(saveId);
        button.setOnAction(e -> save.run());
        box.setMinWidth(Region.USE_PREF_SIZE);
        button.setMinWidth(Region.USE_PREF_SIZE);
        HBox group = new HBox(12, box, button);
        group.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(group);
        return box;
    }

    /** Clear: the view-model sets every filter back to "any". */
    public Button clear(String id, String label, Runnable clear) {
        Button button = new Button(label, Icons.of(Feather.X));
        button.setId(id);
        button.getStyleClass().add(Styles.FLAT);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> clear.run());
        getChildren().add(button);
        return button;
    }

    private static void speak(Node field, String id, String prompt) {
        String key = SPOKEN.get(id.substring(id.lastIndexOf('-') + 1));
        if (key != null) {
            Spoken.name(field, key);
        } else {
            field.setAccessibleText(prompt);
        }
    }

    /** Anything else the screen puts among its filters. */
    public void add(Node... nodes) {
        getChildren().addAll(nodes);
    }

    /**
     * The box shows null ("any"), then the items, and the value even if the items lost it; a change
     * to the items keeps the value rather than handing the view-model a change nobody made.
     */
    private static <T> void link(ComboBox<T> box, ObservableList<T> items, ObjectProperty<T> value) {
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            try {
                List<T> shown = new ArrayList<>();
                shown.add(null);
                shown.addAll(items);
                T v = value.get();
                if (v != null && !shown.contains(v)) {
                    shown.add(v);
                }
                box.getItems().setAll(shown);
                box.setValue(v);
            } finally {
                filling[0] = false;
            }
        };
        fill.run();
        items.addListener((ListChangeListener<T>) c -> fill.run());
        box.valueProperty().addListener((o, was, now) -> {
            if (!filling[0]) {
                value.set(now);
            }
        });
        value.addListener((o, was, now) -> {
            if (!filling[0] && !java.util.Objects.equals(box.getValue(), now)) {
                if (now != null && !box.getItems().contains(now)) {
                    fill.run();
                } else {
                    box.setValue(now);
                }
            }
        });
    }
}
