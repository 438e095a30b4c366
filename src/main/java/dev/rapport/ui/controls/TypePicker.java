package dev.rapport.ui.controls;

import dev.rapport.model.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Bounds;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.StringConverter;

/**
 * A combo box that is picked from by typing: letters typed while it has the focus narrow a list
 * shown beneath it (accents and case ignored, in any alphabet), ↑/↓ move in that list, Enter or
 * Tab take the highlighted match (the first one unless moved), Backspace un-types, Esc forgets
 * what was typed. Without typing it is an ordinary combo box, so its items and value are used as
 * any other's.
 */
public class TypePicker<T> extends ComboBox<T> {
    private static final int ROWS = 8;
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
    private final ListView<T> matches = new ListView<>();
    private final Label query = new Label();
    private final Popup popup = new Popup();

    public TypePicker() {
        getStyleClass().add("type-picker");
        matches.setFocusTraversable(false);
        matches.setId("type-picker-matches");
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : name(item));
            }
        });
        matches.setOnMouseClicked(e -> {
            T chosen = matches.getSelectionModel().getSelectedItem();
            if (chosen != null || matches.getSelectionModel().getSelectedIndex() >= 0) {
                choose(chosen);
            }
        });
        query.getStyleClass().add("type-picker-query");
        VBox box = new VBox(4, query, matches);
        // the popup is its own scene: "root" gives it the theme's colours
        box.getStyleClass().addAll("root", "type-picker-popup");
        box.setStyle("-fx-background-color: -color-bg-overlay; -fx-border-color: -color-border-default; -fx-padding: 4;");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setOnAutoHide(e -> forget());
        addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onPressed);
        focusedProperty().addListener((o, was, now) -> {
            if (!now && isTyping()) {
                takeHighlighted();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                forget();
            }
        });
    }

    /** A picker that shows each item by the given name (and {@code none} for a null item). */
    public static <T> TypePicker<T> of(Function<T, String> name, String none) {
        TypePicker<T> picker = new TypePicker<>();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? (none == null ? "" : none) : name.apply(item);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return picker;
    }

    /** What has been typed since the last pick; empty when not picking by typing. */
    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    public boolean isTyping() {
        return !typed.get().isEmpty();
    }

    /** The items whose names hold what was typed: names that start with it first, then a word that does, then the rest. */
    public static <T> List<T> matching(List<T> items, Function<T, String> name, String typed) {
        String q = Text.fold(typed).strip();
        List<T> out = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (T item : items) {
            int rank = rank(Text.fold(name.apply(item)), q);
            if (rank >= 0) {
                out.add(item);
                ranks.add(rank);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(ranks::get));
        return order.stream().map(out::get).toList();
    }

    private static int rank(String name, String q) {
        if (q.isEmpty() || name.startsWith(q)) {
            return 0;
        }
        int at = name.indexOf(q);
        if (at < 0) {
            return -1;
        }
        for (int i = at; i >= 0; i = name.indexOf(q, i + 1)) {
            if (!Character.isLetterOrDigit(name.charAt(i - 1))) {
                return 1;
            }
        }
        return 2;
    }

    private String name(T item) {
        StringConverter<T> c = getConverter();
        return c == null ? String.valueOf(item) : c.toString(item);
    }

    private void onTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isControlDown() || e.isMetaDown() || e.isAltDown() || ch == null || ch.isEmpty()
                || ch.codePointAt(0) < 0x20 || ch.codePointAt(0) == 0x7f || (ch.isBlank() && !isTyping())) {
            return;
        }
        e.consume();
        setTyped(typed.get() + ch);
    }

    private void onPressed(KeyEvent e) {
        if (!isTyping()) {
            return;
        }
        switch (e.getCode()) {
            case BACK_SPACE -> {
                e.consume();
                String t = typed.get();
                setTyped(t.substring(0, t.offsetByCodePoints(t.length(), -1)));
            }
            case ENTER -> {
                e.consume();
                takeHighlighted();
            }
            case TAB -> takeHighlighted();
            case ESCAPE -> {
                e.consume();
                forget();
            }
            case DOWN, UP -> {
                e.consume();
                int i = matches.getSelectionModel().getSelectedIndex() + (e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < matches.getItems().size()) {
                    matches.getSelectionModel().select(i);
                    matches.scrollTo(i);
                }
            }
            case SPACE -> e.consume(); // the space is typed into the query, not a press that opens the list
            default -> { }
        }
    }

    private void setTyped(String text) {
        typed.set(text);
        if (text.isEmpty()) {
            forget();
            return;
        }
        hide();
        List<T> found = matching(getItems(), this::name, text);
        matches.getItems().setAll(found);
        matches.getSelectionModel().clearSelection();
        if (!found.isEmpty()) {
            matches.getSelectionModel().select(0);
        }
        matches.setPrefHeight(Math.max(1, Math.min(ROWS, found.size())) * 30 + 4);
        query.setText("\u2315 " + text + (found.isEmpty() ? "  \u2014  0" : ""));
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                matches.setPrefWidth(Math.max(220, b.getWidth()));
                popup.show(this, b.getMinX(), b.getMaxY() + 2);
            }
        }
    }

    private void takeHighlighted() {
        int i = matches.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i < matches.getItems().size()) {
            choose(matches.getItems().get(i));
        } else {
            forget();
        }
    }

    private void choose(T item) {
        forget();
        setValue(item);
    }

    private void forget() {
        typed.set("");
        matches.getItems().clear();
        if (popup.isShowing()) {
            popup.hide();
        }
    }
}
