package dev.rapport.ui.backup;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.BackupService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.BackupInfo;
import dev.rapport.model.JournalStats;
import dev.rapport.ui.common.Background;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backups to restore from and what the chosen one holds, read off the FX thread. A list that
 * could not be read is told as the sheet's error; a backup that cannot be read is told as its preview.
 */
public final class RestoreViewModel {
    private final JournalSession session;
    private final Background background;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", I18n.t("backup.restore.choose"));
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public RestoreViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** Reads the backups, newest first. */
    public void load() {
        background.run(() -> session.backups().list(), list -> {
            error.set("");
            backups.setAll(list);
        }, t -> error.set(t.getMessage()));
    }

    /** Shows what the chosen backup holds (nothing chosen leaves the preview as it is). */
    public void choose(BackupInfo chosen) {
        if (chosen == null) {
            return;
        }
        preview.set(I18n.t("backup.restore.checking"));
        background.run(() -> BackupService.preview(chosen.file()), stats -> preview.set(describe(stats)),
                t -> preview.set(t.getMessage()));
    }

    static String describe(JournalStats s) {
        return I18n.t("backup.restore.stats", I18n.plural("backup.clients", s.clients()), I18n.plural("backup.people", s.contacts()),
                I18n.plural("backup.entries", s.entries()));
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why the backups could not be read; empty when they were. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
