package dev.rapport.ui.backup;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.RapportException;
import dev.rapport.model.BackupInfo;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.JournalActions;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Restore from backup: the backups newest first, a preview of what the chosen one holds, then restore. */
public final class RestoreSheet {
    private RestoreSheet() {
    }

    public static Form open(AppContext app, JournalActions actions) {
        Form form = new Form(I18n.t("backup.restore.title"), I18n.t("backup.restore.subtitle"));
        ListView<BackupInfo> list = form.field("backup", I18n.t("backup.restore.list"), new ListView<>());
        list.setId("restore-backups");
        list.setPrefHeight(260);
        list.setCellFactory(l -> new BackupCell());
        Label empty = new Label(I18n.t("backup.restore.none"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        Label preview = form.field("preview", I18n.t("backup.restore.holds"), new Label(I18n.t("backup.restore.choose")));
        preview.setId("restore-preview");
        preview.setWrapText(true);
        RestoreViewModel model = new RestoreViewModel(app.session(), app.background());
        list.setItems(model.backups());
        preview.textProperty().bind(model.previewProperty());
        model.errorProperty().addListener((o, was, why) -> {
            if (!why.isEmpty()) {
                form.showError(new RapportException(why));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> model.choose(chosen));
        model.load();
        form.setSaveText(I18n.t("backup.restore.action"));
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            BackupInfo chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                form.showError(new dev.rapport.model.ValidationException("backup", I18n.t("backup.restore.required")));
                return;
            }
            if (app.dialogs().confirm(I18n.t("backup.restore.confirm"), I18n.t("backup.restore.confirmText",
                    Formats.dateTime(chosen.takenAt())), I18n.t("backup.restore.action"))) {
                app.sheets().close();
                actions.restore(chosen.file());
            }
        });
        app.sheets().show(form);
        return form;
    }

    private static final class BackupCell extends ListCell<BackupInfo> {
        @Override
        protected void updateItem(BackupInfo b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setText(null);
                return;
            }
            setText(Formats.dateTime(b.takenAt()) + "   ·   " + I18n.t("backup.size", Math.max(1, b.bytes() / 1024))
                    + (b.beforeUpgrade() ? "   ·   " + I18n.t("backup.beforeUpgrade") : ""));
        }
    }
}
