package dev.rapport.ui.settings;

import static dev.rapport.ui.settings.SettingsCards.spinner;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Spoken;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The default contact rhythm: ideally every so many days, at most so many; a refusal told beneath. */
final class RhythmSection implements SettingsSection {
    private final SettingsViewModel model;

    RhythmSection(SettingsParts parts) {
        this.model = parts.model();
    }

    @Override
    public Node node() {
        Spinner<Integer> ideal = spinner("settings-rhythm-ideal", 1, 3650, 100, model.rhythmIdealProperty());
        Spinner<Integer> max = spinner("settings-rhythm-max", 1, 3650, 100, model.rhythmMaxProperty());
        Label error = new Label();
        error.setId("settings-rhythm-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.rhythmErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button save = SettingsCards.saveButton(model.busyProperty(), model::saveRhythm);
        save.setId("settings-rhythm-save");
        FlowPane row = new FlowPane(8, 8, Spoken.label(I18n.t("settings.rhythm.ideally"), ideal), ideal,
                Spoken.label(I18n.t("settings.rhythm.atMost"), max), max, new Label(I18n.t("settings.rhythm.days")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        return SettingsCards.card(I18n.t("settings.rhythm.title"), I18n.t("settings.rhythm.description"), new VBox(6, row, error));
    }
}
