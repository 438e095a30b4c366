package dev.rapport.ui.backup;

import atlantafx.base.theme.Styles;
import dev.rapport.logic.BackupService;
import dev.rapport.model.JournalStats;
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
        Form form = new Form("Restore from backup", "The journal as it is now is kept aside, never overwritten.");
        ListView<BackupInfo> list = form.field("backup", "Backups", new ListView<>());
        list.setId("restore-backups");
        list.setPrefHeight(260);
        list.setCellFactory(l -> new BackupCell());
        Label empty = new Label("No backups yet. Rapport makes one each day on start-up; Back up now makes one at once.");
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        Label preview = form.field("preview", "This backup holds", new Label("Choose a backup to see what it holds."));
        preview.setId("restore-preview");
        preview.setWrapText(true);
        app.background().run(() -> app.session().backups().list(), list.getItems()::setAll, t -> form.showError(
                new dev.rapport.model.RapportException(t.getMessage())));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> {
            if (chosen == null) {
                return;
            }
            preview.setText("Checking…");
            app.background().run(() -> BackupService.preview(chosen.file()), stats -> preview.setText(describe(stats)),
                    t -> preview.setText(t.getMessage()));
        });
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            BackupInfo chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                form.showError(new dev.rapport.model.ValidationException("backup", "Choose the backup to restore."));
                return;
            }
            if (app.dialogs().confirm("Restore this backup?", "The journal will be replaced by the backup of "
                    + Formats.dateTime(chosen.takenAt()) + ". The journal as it is now is kept beside it, renamed.", "Restore")) {
                app.sheets().close();
                actions.restore(chosen.file());
            }
        });
        app.sheets().show(form);
        return form;
    }

    static String describe(JournalStats s) {
        return Formats.count(s.clients(), "client", "clients") + ", " + Formats.count(s.contacts(), "person", "people")
                + " and " + Formats.count(s.entries(), "journal entry", "journal entries") + ". "
                + "It passed the integrity check.";
    }

    private static final class BackupCell extends ListCell<BackupInfo> {
        @Override
        protected void updateItem(BackupInfo b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setText(null);
                return;
            }
            setText(Formats.dateTime(b.takenAt()) + "   ·   " + Math.max(1, b.bytes() / 1024) + " KB"
                    + (b.beforeUpgrade() ? "   ·   kept before an upgrade" : ""));
        }
    }
}
