package dev.rapport.ui.settings;

import static dev.rapport.ui.settings.SettingsCards.spinner;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.backup.RestoreSheet;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** How many automatic backups are kept, a backup now, a restore, and where backups are written. */
final class BackupsSection implements SettingsSection {
    private final SettingsParts parts;
    private final SettingsViewModel model;

    BackupsSection(SettingsParts parts) {
        this.parts = parts;
        this.model = parts.model();
    }

    @Override
    public Node node() {
        Button now = new Button(I18n.t("settings.backups.now"), Icons.of(Feather.SAVE));
        now.setOnAction(e -> model.backupNow());
        Button restore = new Button(I18n.t("settings.backups.restore"), Icons.of(Feather.ROTATE_CCW));
        restore.setOnAction(e -> RestoreSheet.open(parts.app(), parts.actions()));
        Label folder = new Label(I18n.t("settings.backups.folder", model.backupFolder().toString()));
        folder.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return SettingsCards.card(I18n.t("settings.backups.title"), I18n.t("settings.backups.description"),
                new VBox(8, kept(), new HBox(8, now, restore), folder));
    }

    private Node kept() {
        Spinner<Integer> daily = spinner("settings-backup-daily", 1, 365, 90, model.backupsDailyProperty());
        Spinner<Integer> weekly = spinner("settings-backup-weekly", 0, 520, 90, model.backupsWeeklyProperty());
        Button save = SettingsCards.saveButton(model.busyProperty(), model::saveBackupsKept);
        save.setId("settings-backup-save");
        FlowPane keep = new FlowPane(8, 8, Spoken.label(I18n.t("settings.backups.keep"), daily), daily,
                Spoken.label(I18n.t("settings.backups.dailyAnd"), weekly), weekly, new Label(I18n.t("settings.backups.weeklyCopies")), save);
        keep.setAlignment(Pos.CENTER_LEFT);
        return keep;
    }
}
