package dev.rapport.ui.settings;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.ledger.ResponseSettingsForm;

import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;

/** Working hours and the answer targets, edited in their own sheet. */
final class WorkingHoursSection implements SettingsSection {
    private final SettingsParts parts;

    WorkingHoursSection(SettingsParts parts) {
        this.parts = parts;
    }

    @Override
    public Node node() {
        Button hours = new Button(I18n.t("settings.work.hours"), Icons.of(Feather.CLOCK));
        hours.setId("settings-hours");
        hours.setOnAction(e -> ResponseSettingsForm.open(parts.app(), null, () -> parts.confirm(I18n.t("settings.work.saved"))));
        return SettingsCards.card(I18n.t("settings.work.title"), I18n.t("settings.work.description"), hours);
    }
}
