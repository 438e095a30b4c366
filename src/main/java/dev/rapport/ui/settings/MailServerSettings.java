package dev.rapport.ui.settings;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Settings → Mail server: where the consultant's own mail is read from, and "Check now". Settings
 * builds its cards again after every change to the journal (a check is one), so the card's state
 * lives in the page's view-model ({@link SettingsViewModel#mailServer()}), which a card built again
 * takes up. The password typed stays in its field until Save or Check now hands it over.
 */
final class MailServerSettings implements SettingsSection {
    private final AppContext app;
    private final Consumer<String> confirm;
    private final MailServerSettingsModel model;

    MailServerSettings(SettingsParts parts) {
        this.app = parts.app();
        this.confirm = parts::confirm;
        this.model = parts.model().mailServer();
    }

    @Override
    public Node node() {
        TextField host = field("settings-mail-host", 18, model.hostProperty());
        TextField port = field("settings-mail-port", 5, model.portProperty());
        TextField user = field("settings-mail-user", 18, model.userProperty());
        TextField folders = field("settings-mail-folders", 18, model.foldersProperty());
        folders.setPromptText(I18n.t("mailServer.settings.foldersPrompt"));
        PasswordField password = new PasswordField();
        password.setId("settings-mail-password");
        password.setPrefColumnCount(14);
        CheckBox startTls = new CheckBox(I18n.t("mailServer.settings.startTls"));
        startTls.setId("settings-mail-starttls");
        startTls.selectedProperty().bindBidirectional(model.startTlsProperty());
        FlowPane fields = new FlowPane(12, 8, pair("mailServer.settings.host", host), pair("mailServer.settings.port", port),
                startTls, pair("mailServer.settings.user", user), pair("mailServer.settings.password", password),
                pair("mailServer.settings.folders", folders));
        fields.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(I18n.t("settings.save"));
        save.setId("settings-mail-save");
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> {
            if (model.save(password.getText().toCharArray(), () -> confirm.accept(I18n.t("mailServer.settings.saved")))) {
                password.clear();
            }
        });
        Button check = new Button(I18n.t("mailServer.settings.check"), Icons.of(Feather.REFRESH_CW));
        check.setId("settings-mail-check");
        check.disableProperty().bind(model.busyProperty());
        check.setOnAction(e -> {
            if (model.check(password.getText().toCharArray())) {
                password.clear();
            }
        });
        Button forget = new Button(I18n.t("mailServer.settings.forget"), Icons.of(Feather.X_CIRCLE));
        forget.setId("settings-mail-forget");
        forget.getStyleClass().add(Styles.FLAT);
        forget.disableProperty().bind(model.busyProperty());
        forget.setOnAction(e -> model.forget(() -> {
            password.clear();
            confirm.accept(I18n.t("mailServer.settings.forgotten"));
        }));

        Label kept = new Label();
        kept.setId("settings-mail-kept");
        kept.textProperty().bind(model.keptProperty());
        kept.setWrapText(true);
        kept.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label error = new Label();
        error.setId("settings-mail-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        Label result = new Label();
        result.setId("settings-mail-result");
        result.setWrapText(true);
        result.textProperty().bind(model.resultProperty());
        result.managedProperty().bind(result.textProperty().isNotEmpty());
        model.onChecked(summary -> app.status().say(summary));

        Label t = new Label(I18n.t("mailServer.settings.title"));
        t.getStyleClass().add(Styles.TITLE_4);
        Label d = new Label(I18n.t("mailServer.settings.description"));
        d.getStyleClass().add(Styles.TEXT_MUTED);
        d.setWrapText(true);
        VBox card = new VBox(10, t, d, fields, kept, new HBox(8, save, check, forget), error, result);
        card.setId("settings-mail-server");
        card.getStyleClass().add("header-card");
        card.setMaxWidth(dev.rapport.ui.common.TextScale.em(64));
        return card;
    }

    private static TextField field(String id, int columns, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static HBox pair(String key, Node input) {
        HBox pair = new HBox(8, Spoken.label(I18n.t(key), input), input);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }
}
