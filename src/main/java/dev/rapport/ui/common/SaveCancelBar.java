package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A form's footer: the keys hint, a spinner while saving, Cancel and Save (both off while a save runs). */
final class SaveCancelBar extends HBox {
    private final Button save = new Button(I18n.t("dialogs.save"));
    private final Button cancel = new Button(I18n.t("dialogs.cancel"));
    private final ProgressIndicator saving = new ProgressIndicator();

    SaveCancelBar(Runnable onSave, Runnable onCancel) {
        super(8);
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.setId("form-save");
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        save.setOnAction(e -> onSave.run());
        cancel.setOnAction(e -> onCancel.run());
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
        getChildren().addAll(hint, spacer, saving, cancel, save);
        setAlignment(Pos.CENTER_RIGHT);
    }

    void setSaveText(String text) {
        save.setText(text);
    }

    void setSaveDisabled(boolean disabled) {
        save.setDisable(disabled);
    }

    boolean isSaving() {
        return saving.isVisible();
    }

    void showSaving(boolean on) {
        saving.setVisible(on);
        saving.setManaged(on);
        save.setDisable(on);
        cancel.setDisable(on);
    }
}
