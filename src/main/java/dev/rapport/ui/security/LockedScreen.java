package dev.rapport.ui.security;

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
        Label title = new Label("Rapport is locked", Icons.of(Feather.LOCK));
        title.getStyleClass().add(Styles.TITLE_2);
        Label detail = new Label(journalName + " was locked after a while without use. Its passphrase opens it again.");
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        Button button = new Button("Unlock…");
        button.setId("lockedUnlock");
        button.getStyleClass().add(Styles.ACCENT);
        button.setDefaultButton(true);
        button.setOnAction(e -> unlock.run());
        getChildren().addAll(title, detail, button);
    }
}
