package dev.rapport.ui.common;

import dev.rapport.model.RapportException;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An editing sheet: a title, labelled fields each with room for its own error message, and
 * Cancel / Save. Ctrl+Enter saves, Esc cancels. A failed save shows the message at its field.
 */
public final class Form extends VBox {
    private final VBox fields = new VBox(14);
    private final FieldErrors errors = new FieldErrors();
    private final UnsavedChanges changes = new UnsavedChanges(fields);
    private final SaveCancelBar footer = new SaveCancelBar(() -> this.onSave.run(), this::cancel);
    private final FormKeys keys = new FormKeys(this::saveUnlessSaving, this::cancel);
    private Runnable onSave = () -> { };
    /** Reads still to fill the sheet before it may be saved; FX thread only. */
    private int awaitedReads;
    private Runnable onCancel = () -> { };
    private final String title;

    public Form(String title, String subtitle) {
        getStyleClass().add("sheet");
        setSpacing(16);
        setPadding(new Insets(24));
        // 460 px at 100 % text, wider with larger text so a label keeps its words per line
        setPrefWidth(TextScale.em(33));
        setMaxWidth(TextScale.em(33));
        ScrollPane scroll = new ScrollPane(fields);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        this.title = title;
        getChildren().addAll(FormHeading.of(title, subtitle), errors.generalLine(), scroll, footer);
        addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
    }

    /** Adds a labelled input; key is the model's field name, so validation messages land here. */
    public <T extends Node> T field(String key, String label, T input) {
        return field(key, label, input, null);
    }

    public <T extends Node> T field(String key, String label, T input, String help) {
        fields.getChildren().add(LabelledField.of(label, input, help, errors.register(key, input)));
        return input;
    }

    /** The muted words under the title, for a sheet that learns them from a read. */
    public void setSubtitle(String subtitle) {
        getChildren().set(0, FormHeading.of(title, subtitle));
    }

    public void addRow(Node node) {
        fields.getChildren().add(node);
    }

    public void onSave(Runnable action) {
        this.onSave = action;
    }

    /** The save button's words, for sheets whose action is not a save (Import, Restore). */
    public void setSaveText(String text) {
        footer.setSaveText(text);
    }

    /** Turns the save button off while work it started runs. */
    public void setSaveDisabled(boolean disabled) {
        footer.setSaveDisabled(disabled);
    }

    /**
     * Runs the write off the FX thread while the sheet shows it is saving (Save and Cancel turned
     * off, a spinner beside them); then {@code saved} gets what was stored, or the sheet stays open
     * and says why it was not. A second Save (or Esc) while one runs does nothing.
     */
    public <T> void save(Background background, Callable<T> write, Consumer<T> saved) {
        save(background, write, saved, () -> { });
    }

    /** The same, and {@code failed} runs too when the write fails (to take back what the sheet showed while it ran). */
    public <T> void save(Background background, Callable<T> write, Consumer<T> saved, Runnable failed) {
        if (isSaving()) {
            return;
        }
        footer.showSaving(true);
        background.run(write, result -> {
            footer.showSaving(false);
            saved.accept(result);
        }, failure -> {
            footer.showSaving(false);
            failed.run();
            showFailure(failure);
        });
    }

    /**
     * Fills part of the sheet from a journal read off the FX thread (a picker's list): what it
     * fills into an untouched sheet counts as unchanged; a failed read is told above the fields.
     */
    public <T> void load(Background background, Callable<T> read, Consumer<T> fill) {
        background.run(read, filling(fill), this::showFailure);
    }

    /**
     * {@code fill} for a read a view-model runs off the FX thread: what it fills into an untouched
     * sheet counts as unchanged, as with {@link #load}.
     */
    public <T> Consumer<T> filling(Consumer<T> fill) {
        return value -> {
            boolean untouched = !isChanged();
            fill.accept(value);
            if (untouched) {
                markClean();
            }
        };
    }

    /**
     * {@link #filling}, and Save (button or keys) waits until it has filled: a sheet showing what is
     * stored is not saved half-read, over what it has yet to show. A failed read leaves Save off.
     */
    public <T> Consumer<T> fillingBeforeSave(Consumer<T> fill) {
        awaitedReads++;
        setSaveDisabled(true);
        return filling(value -> {
            fill.accept(value);
            if (--awaitedReads == 0) {
                setSaveDisabled(false);
            }
        });
    }

    /** True while a save this sheet started is running. */
    public boolean isSaving() {
        return footer.isSaving();
    }

    private void saveUnlessSaving() {
        if (!isSaving() && awaitedReads == 0) {
            onSave.run();
        }
    }

    public void onCancel(Runnable action) {
        this.onCancel = action;
    }

    /**
     * Esc and Cancel: closes the sheet, after asking when something was typed since it opened
     * (the question is the window's to ask; see {@link #askBeforeDiscarding}).
     */
    public void cancel() {
        if (!isSaving() && changes.mayDiscard()) {
            onCancel.run();
        }
    }

    /** A key the sheet answers itself while open (the entry sheet's Alt+P adds a promise to it). */
    public void onKeys(KeyCombination combination, Runnable action) {
        keys.put(combination, action);
    }

    public boolean handlesKeys(KeyCombination combination) {
        return keys.handles(combination);
    }

    public void runKeys(KeyCombination combination) {
        keys.run(combination);
    }

    /** Whether anything in the sheet differs from what it held when it opened. */
    public boolean isChanged() {
        return changes.isChanged();
    }

    /** Remembers what the sheet holds now as its unchanged state (called as it opens). */
    public void markClean() {
        changes.markClean();
    }

    /** The question asked before a changed sheet is closed without saving; true lets it close. */
    public void askBeforeDiscarding(BooleanSupplier question) {
        changes.askBeforeDiscarding(question);
    }

    public void clearErrors() {
        errors.clear();
    }

    /** Shows why a save failed: at the field it names, or above the fields. */
    public void showError(RapportException e) {
        errors.show(e);
    }

    /** Shows why background work failed: a refusal at its field, anything else (already told in words) above the fields. */
    public void showFailure(Throwable failure) {
        errors.showFailure(failure);
    }
}
