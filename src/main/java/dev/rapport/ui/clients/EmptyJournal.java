package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The first screen of an empty journal: what to do next. */
final class EmptyJournal extends VBox {
    EmptyJournal(AppContext app) {
        setId("empty-journal");
        setAlignment(Pos.CENTER);
        setSpacing(14);
        setMaxWidth(520);
        FontIcon icon = Icons.of(Feather.BOOK_OPEN);
        icon.setIconSize(48);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(I18n.t("clients.empty.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label text = new Label(I18n.t("clients.empty.text"));
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setMaxWidth(460);
        text.setAlignment(Pos.CENTER);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button first = new Button(I18n.t("clients.empty.first"), Icons.of(Feather.PLUS));
        first.setId("create-first-client");
        first.getStyleClass().add(Styles.ACCENT);
        first.setOnAction(e -> app.navigator().newClient());
        Button demo = new Button(I18n.t("clients.empty.demo"), Icons.of(Feather.PLAY));
        demo.setId("open-demo");
        demo.setOnAction(e -> app.navigator().openDemo());
        Label keys = new Label(I18n.t("clients.empty.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox buttons = new HBox(10, first, demo);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(icon, title, text, buttons, keys);
    }
}
