package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.ItemKind;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;
import dev.rapport.model.Text;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.SheetSave;
import dev.rapport.ui.common.Form;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Health settings: the checklist's items (reword a prompt, switch an item off, add your own),
 * the satisfaction norm and the throttle for the question of the period. Answers already given
 * keep the wording they were given to.
 */
public final class ChecklistSheet {
    private ChecklistSheet() {
    }

    private record Row(ChecklistItem item, CheckBox active, TextField prompt) {
    }

    public static Form open(AppContext app, Runnable saved) {
        ChecklistViewModel model = new ChecklistViewModel(app.session(), app.background());
        Form form = new Form(I18n.t("health.checklist.title"), I18n.t("health.checklist.subtitle"));
        Spinner<Integer> norm = form.field("norm", I18n.t("health.checklist.norm"), new Spinner<>(90, 99, 90),
                I18n.t("health.checklist.normHelp"));
        norm.setId("health-norm");
        Spinner<Integer> throttle = form.field("throttleDays", I18n.t("health.checklist.throttle"),
                new Spinner<>(0, 3650, 0), I18n.t("health.checklist.throttleHelp"));
        throttle.setId("health-throttle");
        List<Row> rows = new ArrayList<>();
        VBox items = new VBox(12);
        form.addRow(items);
        model.settingsProperty().addListener((o, was, read) -> {
            norm.getValueFactory().setValue(read.norm());
            throttle.getValueFactory().setValue(read.throttleDays());
            rows.clear();
            items.getChildren().clear();
            for (ChecklistItem item : read.items()) {
                rows.add(row(item));
                items.getChildren().add(box(rows.get(rows.size() - 1)));
            }
            form.markClean(); // what was read is not a change
            form.setSaveDisabled(false);
        });
        form.setSaveDisabled(true); // until what is stored has been read, so a save cannot overwrite it with defaults
        TextField newName = form.field("name", I18n.t("health.checklist.newName"), new TextField());
        newName.setId("new-item-name");
        TextField newPrompt = form.field("prompt", I18n.t("health.checklist.newPrompt"), new TextField());
        newPrompt.setId("new-item-prompt");
        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            List<ChecklistItem> changed = new ArrayList<>();
            for (Row r : rows) {
                ChecklistItem updated;
                try {
                    updated = r.item().withPrompt(r.prompt().getText()).withActive(r.active().isSelected());
                } catch (ValidationException e) {
                    throw new RapportException(I18n.t("health.checklist.itemError", r.item().name(), e.getMessage()));
                }
                if (!updated.equals(r.item())) {
                    changed.add(updated);
                }
            }
            if (!Text.isBlank(newName.getText()) || !Text.isBlank(newPrompt.getText())) {
                changed.add(new ChecklistItem(0, null, ItemKind.OWN, newName.getText(), "", newPrompt.getText(), true, 0));
            }
            var chosenNorm = norm.getValue();
            var throttleDays = throttle.getValue();
            SheetSave.through(form, (stored, failed) -> model.save(chosenNorm, throttleDays, changed, () -> stored.accept(null), failed),
                    none -> {
                        app.sheets().close();
                        app.status().say(changed.isEmpty() ? I18n.t("health.checklist.saved")
                                : I18n.plural("health.checklist.savedChanged", changed.size()));
                        saved.run();
                    });
        });
        model.load(form::showFailure);
        app.sheets().show(form);
        return form;
    }

    private static Row row(ChecklistItem item) {
        CheckBox active = new CheckBox(item.name() + "  ·  " + item.kind().label());
        active.setId("item-active-" + item.id());
        active.setSelected(item.active());
        active.getStyleClass().add("field-label");
        TextField prompt = new TextField(item.prompt());
        prompt.setId("item-prompt-" + item.id());
        dev.rapport.ui.common.Spoken.name(prompt, "spoken.checklist.prompt", item.name());
        return new Row(item, active, prompt);
    }

    private static VBox box(Row r) {
        VBox box = new VBox(4, r.active(), r.prompt());
        if (!r.item().meaning().isEmpty()) {
            Label meaning = new Label(r.item().meaning());
            meaning.setWrapText(true);
            meaning.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getChildren().add(meaning);
        }
        return box;
    }
}
