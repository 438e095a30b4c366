package dev.rapport.ui.security;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.ui.common.Icons;

import org.kordamp.ikonli.feather.Feather;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the window shows while an encrypted journal is locked: nothing of the journal. */
public final class LockedScreen extends VBox {
    public LockedScreen(String journalName, Runnable unlock) {
        super(12);
        setId("lockedScreen");
        setAlignment(Pos.CENTER);
        Label title = new Label(I18n.t("security.locked.title"), Icons.of(Feather.LOCK));
        title.getStyleClass().add(Styles.TITLE_2);
        Label detail = new Label(I18n.t("security.locked.text", journalName));
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        Button button = new Button(I18n.t("security.locked.unlock"));
        button.setId("lockedUnlock");
        button.getStyleClass().add(Styles.ACCENT);
        button.setDefaultButton(true);
        button.setOnAction(e -> unlock.run());
        getChildren().addAll(title, detail, button);
    }
}
