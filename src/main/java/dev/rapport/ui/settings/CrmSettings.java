package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Spoken;
import dev.rapport.ui.common.TextScale;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Settings for closing the loop (follow-up targets) and the notices: laid out and bound here, read
 * and stored by {@link CrmSettingsViewModel}.
 */
final class CrmSettings {
    private final CrmSettingsViewModel model;

    CrmSettings(AppContext app, Consumer<String> confirm) {
        model = new CrmSettingsViewModel(app.session(), app.background());
        model.onSaved(confirm);
        model.onFailure(app.status()::say);
    }

    Node node() {
        Spinner<Integer> ack = hours("settings-follow-up-ack");
        ack.getValueFactory().valueProperty().bindBidirectional(model.acknowledgeHoursProperty());
        Spinner<Integer> talk = hours("settings-follow-up-talk");
        talk.getValueFactory().valueProperty().bindBidirectional(model.talkHoursProperty());
        Label error = new Label();
        error.setId("settings-follow-up-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.targetsErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button save = new Button(I18n.t("settings.save"));
        save.setId("settings-follow-up-save");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> model.saveTargets());
        FlowPane row = new FlowPane(8, 8, Spoken.label(I18n.t("settings.followUps.acknowledge"), ack), ack,
                Spoken.label(I18n.t("settings.followUps.talk"), talk), talk, new Label(I18n.t("settings.followUps.hours")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        CheckBox notices = new CheckBox(I18n.t("settings.notices.show"));
        notices.setId("settings-notices");
        notices.setWrapText(true);
        notices.selectedProperty().bindBidirectional(model.noticesProperty());
        Label t = new Label(I18n.t("settings.followUps.title"));
        t.getStyleClass().add(Styles.TITLE_4);
        Label d = new Label(I18n.t("settings.followUps.description"));
        d.getStyleClass().add(Styles.TEXT_MUTED);
        d.setWrapText(true);
        VBox card = new VBox(10, t, d, new VBox(6, row, error), notices);
        card.getStyleClass().add("header-card");
        card.setMaxWidth(TextScale.em(64));
        model.load();
        return card;
    }

    private static Spinner<Integer> hours(String id) {
        Spinner<Integer> spinner = new Spinner<>(1, 720, 1);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        return spinner;
    }
}
