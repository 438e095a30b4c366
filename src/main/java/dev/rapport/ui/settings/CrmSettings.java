package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Spoken;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Writes;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Settings for closing the loop (follow-up targets) and the notices. */
final class CrmSettings {
    private final AppContext app;
    private final Consumer<String> confirm;

    CrmSettings(AppContext app, Consumer<String> confirm) {
        this.app = app;
        this.confirm = confirm;
    }

    Node node() {
        var followUps = app.session().followUps();
        Spinner<Integer> ack = new Spinner<>(1, 720, followUps.acknowledgeHours());
        ack.setId("settings-follow-up-ack");
        ack.setEditable(true);
        ack.setPrefWidth(100);
        Spinner<Integer> talk = new Spinner<>(1, 720, followUps.talkHours());
        talk.setId("settings-follow-up-talk");
        talk.setEditable(true);
        talk.setPrefWidth(100);
        Label error = new Label();
        error.setId("settings-follow-up-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Button save = new Button(I18n.t("settings.save"));
        save.setId("settings-follow-up-save");
        save.setOnAction(e -> {
            int ackHours = ack.getValue();
            int talkHours = talk.getValue();
            Writes.run(app, save, () -> followUps.setTargets(ackHours, talkHours), () -> {
                error.setText("");
                confirm.accept(I18n.t("settings.followUps.saved", ackHours, talkHours));
            }, failure -> error.setText(failure.getMessage()));
        });
        FlowPane row = new FlowPane(8, 8, Spoken.label(I18n.t("settings.followUps.acknowledge"), ack), ack,
                Spoken.label(I18n.t("settings.followUps.talk"), talk), talk, new Label(I18n.t("settings.followUps.hours")), save);
        row.setAlignment(Pos.CENTER_LEFT);
        CheckBox notices = new CheckBox(I18n.t("settings.notices.show"));
        notices.setId("settings-notices");
        notices.setWrapText(true);
        notices.setSelected(app.session().notices().enabled());
        notices.selectedProperty().addListener((o, a, b) -> Writes.run(app, notices, () -> app.session().notices().setEnabled(b),
                () -> confirm.accept(I18n.t(b ? "settings.notices.on" : "settings.notices.off")),
                failure -> app.status().say(failure.getMessage())));
        Label t = new Label(I18n.t("settings.followUps.title"));
        t.getStyleClass().add(Styles.TITLE_4);
        Label d = new Label(I18n.t("settings.followUps.description"));
        d.getStyleClass().add(Styles.TEXT_MUTED);
        d.setWrapText(true);
        VBox card = new VBox(10, t, d, new VBox(6, row, error), notices);
        card.getStyleClass().add("header-card");
        card.setMaxWidth(dev.rapport.ui.common.TextScale.em(64));
        return card;
    }
}
