package dev.rapport.ui.settings;

import static dev.rapport.ui.settings.SettingsCards.spinner;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.JournalActions;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Spoken;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Whether the journal is encrypted; encrypt it, or change its passphrase, decrypt it and say when it locks. */
final class SecuritySection implements SettingsSection {
    private final JournalActions actions;
    private final SettingsViewModel model;

    SecuritySection(SettingsParts parts) {
        this.actions = parts.actions();
        this.model = parts.model();
    }

    @Override
    public Node node() {
        boolean encrypted = model.encrypted();
        Label state = new Label(I18n.t(encrypted ? "settings.security.encrypted" : "settings.security.plain"));
        state.setWrapText(true);
        FlowPane buttons = encrypted ? encryptedActions() : new FlowPane(8, 8, encrypt());
        return SettingsCards.card(I18n.t("settings.security.title"), I18n.t("settings.security.description"),
                new VBox(8, state, buttons));
    }

    private Button encrypt() {
        Button encrypt = new Button(I18n.t("settings.security.encrypt"), Icons.of(Feather.LOCK));
        encrypt.setId("settings-encrypt");
        encrypt.setOnAction(e -> actions.encrypt());
        return encrypt;
    }

    private FlowPane encryptedActions() {
        Button change = new Button(I18n.t("settings.security.changePassphrase"), Icons.of(Feather.KEY));
        change.setOnAction(e -> actions.changePassphrase());
        Button decrypt = new Button(I18n.t("settings.security.decrypt"), Icons.of(Feather.UNLOCK));
        decrypt.setOnAction(e -> actions.decrypt());
        Spinner<Integer> minutes = spinner("settings-autolock", 0, 240, 90, model.autoLockMinutesProperty());
        Button save = SettingsCards.saveButton(model.busyProperty(), model::saveAutoLock);
        FlowPane lock = new FlowPane(8, 8, Spoken.label(I18n.t("settings.security.lockAfter"), minutes), minutes,
                new Label(I18n.t("settings.security.idleMinutes")), save);
        lock.setAlignment(Pos.CENTER_LEFT);
        return new FlowPane(8, 8, change, decrypt, lock);
    }
}
