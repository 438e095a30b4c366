package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An editing sheet: a title, labelled fields each with room for its own error message, and
 * Cancel / Save. Ctrl+Enter saves, Esc cancels. A failed save shows the message at its field.
 */
public final class Form extends VBox {
    private final VBox fields = new VBox(14);
    private final Map<String, Label> errors = new HashMap<>();
    private final Map<String, Node> inputs = new HashMap<>();
    private final Label generalError = errorLabel();
    private final Button save = new Button(I18n.t("dialogs.save"));
    private final Button cancel = new Button(I18n.t("dialogs.cancel"));
    private final javafx.scene.control.ProgressIndicator saving = new javafx.scene.control.ProgressIndicator();
    private Runnable onSave = () -> { };
    private Runnable onCancel = () -> { };
    private java.util.function.BooleanSupplier discardAllowed = () -> true;
    private List<Object> clean = List.of();
    private final Map<KeyCombination, Runnable> keys = new HashMap<>();

    public Form(String title, String subtitle) {
        getStyleClass().add("sheet");
        setSpacing(16);
        setPadding(new Insets(24));
        // 460 px at 100 % text, wider with larger text so a label keeps its words per line
        setPrefWidth(TextScale.em(33));
        setMaxWidth(TextScale.em(33));
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label sub = new Label(subtitle);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);
        sub.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setId("form-save");
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        save.setOnAction(e -> onSave.run());
        cancel.setOnAction(e -> cancel());
        saving.setId("form-saving");
        saving.setAccessibleText(I18n.t("dialogs.saving"));
        saving.setPrefSize(18, 18);
        saving.setMaxSize(18, 18);
        saving.setVisible(false);
        saving.setManaged(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(I18n.t("dialogs.form.keys"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        hint.setMinWidth(0);
        // the buttons keep their whole label in every language; the key hint wraps instead
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox footer = new HBox(8, hint, spacer, saving, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(subtitle == null || subtitle.isEmpty() ? new VBox(heading) : new VBox(4, heading, sub),
                generalError, scroll, footer);
        KeyCombination saveKeys = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (saveKeys.match(e)) {
                e.consume();
                if (!isSaving()) {
                    onSave.run();
                }
            } else if (keys.keySet().stream().anyMatch(k -> k.match(e))) {
                // exactly once: if the window's own accelerator for these keys comes first, it hands them here and consumes them
                e.consume();
                keys.keySet().stream().filter(k -> k.match(e)).findFirst().ifPresent(this::runKeys);
            } else if (e.getCode() == KeyCode.ESCAPE && !openPopup(e.getTarget())) {
                e.consume();
                cancel();
            }
        });
    }

    /** Adds a labelled input; key is the model's field name, so validation messages land here. */
    public <T extends Node> T field(String key, String label, T input) {
        return field(key, label, input, null);
    }

    public <T extends Node> T field(String key, String label, T input, String help) {
        Label caption = new Label(label);
        caption.getStyleClass().add("field-label");
        Spoken.tieLabel(caption, input);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        Label error = errorLabel();
        error.setId("error-" + key);
        errors.put(key, error);
        inputs.put(key, input);
        VBox box = new VBox(4, caption, input);
        if (help != null) {
            Label h = new Label(help);
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        box.getChildren().add(error);
        fields.getChildren().add(box);
        return input;
    }

    public void addRow(Node node) {
        fields.getChildren().add(node);
    }

    public void onSave(Runnable action) {
        this.onSave = action;
    }

    /** The save button's words, for sheets whose action is not a save (Import, Restore). */
    public void setSaveText(String text) {
        save.setText(text);
    }

    /** Turns the save button off while work it started runs. */
    public void setSaveDisabled(boolean disabled) {
        save.setDisable(disabled);
    }

    /**
     * Runs the write off the FX thread while the sheet shows it is saving (Save and Cancel turned
     * off, a spinner beside them); then {@code saved} gets what was stored, or the sheet stays open
     * and says why it was not. A second Save (or Esc) while one runs does nothing.
     */
    public <T> void save(Background background, java.util.concurrent.Callable<T> write, java.util.function.Consumer<T> saved) {
        save(background, write, saved, () -> { });
    }

    /** The same, and {@code failed} runs too when the write fails (to take back what the sheet showed while it ran). */
    public <T> void save(Background background, java.util.concurrent.Callable<T> write, java.util.function.Consumer<T> saved,
                         Runnable failed) {
        if (isSaving()) {
            return;
        }
        showSaving(true);
        background.run(write, result -> {
            showSaving(false);
            saved.accept(result);
        }, failure -> {
            showSaving(false);
            failed.run();
            showFailure(failure);
        });
    }

    /** True while a save this sheet started is running. */
    public boolean isSaving() {
        return saving.isVisible();
    }

    private void showSaving(boolean on) {
        saving.setVisible(on);
        saving.setManaged(on);
        save.setDisable(on);
        cancel.setDisable(on);
    }

    public void onCancel(Runnable action) {
        this.onCancel = action;
    }

    /**
     * Esc and Cancel: closes the sheet, after asking when something was typed since it opened
     * (the question is the window's to ask; see {@link #askBeforeDiscarding}).
     */
    public void cancel() {
        if (isSaving()) {
            return;
        }
        if (isChanged() && !discardAllowed.getAsBoolean()) {
            return;
        }
        onCancel.run();
    }

    /** A key the sheet answers itself while open (the entry sheet's Alt+P adds a promise to it). */
    public void onKeys(KeyCombination combination, Runnable action) {
        keys.put(combination, action);
    }

    public boolean handlesKeys(KeyCombination combination) {
        return keys.containsKey(combination);
    }

    public void runKeys(KeyCombination combination) {
        keys.getOrDefault(combination, () -> { }).run();
    }

    /** Whether anything in the sheet differs from what it held when it opened. */
    public boolean isChanged() {
        return !clean.equals(values());
    }

    /** Remembers what the sheet holds now as its unchanged state (called as it opens). */
    public void markClean() {
        clean = values();
    }

    /** The question asked before a changed sheet is closed without saving; true lets it close. */
    public void askBeforeDiscarding(java.util.function.BooleanSupplier question) {
        this.discardAllowed = question;
    }

    private List<Object> values() {
        List<Object> out = new ArrayList<>();
        collectValues(fields, out);
        return out;
    }

    private static void collectValues(Node node, List<Object> out) {
        if (node instanceof javafx.scene.control.DatePicker d) {
            out.add(d.getEditor().getText());
        } else if (node instanceof javafx.scene.control.TextInputControl t) {
            out.add(t.getText());
        } else if (node instanceof javafx.scene.control.ComboBoxBase<?> c) {
            out.add(c.getValue());
        } else if (node instanceof javafx.scene.control.Toggle t) {
            out.add(t.isSelected());
        } else if (node instanceof ScrollPane s) {
            if (s.getContent() != null) {
                collectValues(s.getContent(), out);
            }
        } else if (node instanceof javafx.scene.layout.Pane p) {
            out.add(p.getChildren().size());
            p.getChildren().forEach(child -> collectValues(child, out));
        }
    }

    /** Esc belongs to an open drop-down (or a picker being typed into) before it belongs to the sheet. */
    private static boolean openPopup(Object target) {
        if (target instanceof dev.rapport.ui.controls.TypePicker<?> picker && picker.isTyping()) {
            return true;
        }
        return target instanceof javafx.scene.control.ComboBoxBase<?> box && box.isShowing();
    }

    public void clearErrors() {
        errors.values().forEach(l -> show(l, null));
        inputs.values().forEach(n -> n.pseudoClassStateChanged(Styles.STATE_DANGER, false));
        show(generalError, null);
    }

    /** Shows why a save failed: at the field it names, or above the fields. */
    public void showError(RapportException e) {
        clearErrors();
        if (e instanceof ValidationException v && errors.containsKey(v.field())) {
            show(errors.get(v.field()), v.getMessage());
            Node input = inputs.get(v.field());
            input.pseudoClassStateChanged(Styles.STATE_DANGER, true);
            input.requestFocus();
        } else {
            show(generalError, e.getMessage());
        }
    }

    /** Shows why background work failed: a refusal at its field, anything else (already told in words) above the fields. */
    public void showFailure(Throwable failure) {
        if (failure instanceof RapportException e) {
            showError(e);
        } else {
            clearErrors();
            show(generalError, failure.getMessage());
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
