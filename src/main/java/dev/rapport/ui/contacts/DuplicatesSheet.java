package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.DuplicatePair;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The likely duplicate contacts, found when opened, each pair with the reason and Merge…. */
public final class DuplicatesSheet {
    private DuplicatesSheet() {
    }

    public static VBox open(AppContext app, Runnable changed) {
        VBox sheet = new VBox(16);
        sheet.setId("duplicates-sheet");
        sheet.getStyleClass().add("sheet");
        sheet.setPadding(new Insets(24));
        sheet.setPrefWidth(dev.rapport.ui.common.TextScale.em(40));
        sheet.setMaxWidth(dev.rapport.ui.common.TextScale.em(40));
        Label title = new Label(I18n.t("contacts.duplicates.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label sub = new Label(I18n.t("contacts.duplicates.subtitle"));
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);
        VBox rows = new VBox(8);
        rows.setId("duplicates-list");
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Button close = new Button(I18n.t("contacts.duplicates.close"));
        close.setId("duplicates-close");
        close.setCancelButton(true);
        close.setOnAction(e -> app.sheets().close());
        HBox footer = new HBox(close);
        footer.setAlignment(Pos.CENTER_RIGHT);
        sheet.getChildren().addAll(new VBox(4, title, sub), scroll, footer);
        DuplicatesViewModel model = new DuplicatesViewModel(app.session(), app.background());
        model.foundProperty().addListener((o, was, found) -> fill(app, rows, found, changed));
        model.errorProperty().addListener((o, was, why) -> {
            if (!why.isEmpty()) {
                Label failed = new Label(why);
                failed.setId("duplicates-error");
                failed.setWrapText(true);
                failed.getStyleClass().add(Styles.DANGER);
                rows.getChildren().setAll(failed);
            }
        });
        model.load();
        app.sheets().show(sheet);
        return sheet;
    }

    private static void fill(AppContext app, VBox rows, DuplicatesViewModel.Found found, Runnable changed) {
        List<DuplicatePair> pairs = found.pairs();
        rows.getChildren().clear();
        if (pairs.isEmpty()) {
            Label none = new Label(I18n.t("contacts.duplicates.none"));
            none.setId("duplicates-none");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            rows.getChildren().add(none);
        }
        for (DuplicatePair p : pairs) {
            Label who = new Label(I18n.t("contacts.duplicates.pair", p.first().name(), found.client(p.first().clientId()),
                    p.second().name(), found.client(p.second().clientId())));
            who.setWrapText(true);
            Label why = new Label(p.reasons().stream().map(DuplicatesSheet::reason).collect(java.util.stream.Collectors.joining(", ")));
            why.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button merge = new Button(I18n.t("contacts.duplicates.merge"), Icons.of(Feather.GIT_MERGE));
            merge.setId("duplicates-merge-" + p.first().id() + "-" + p.second().id());
            merge.setMinWidth(Region.USE_PREF_SIZE);
            merge.setOnAction(e -> MergeSheet.open(app, p.first(), p.second(), changed));
            VBox text = new VBox(2, who, why);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, text, spacer, merge);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("duplicate-row");
            rows.getChildren().add(row);
        }
    }

    private static String reason(DuplicatePair.Reason r) {
        return switch (r) {
            case SAME_EMAIL -> I18n.t("contacts.duplicates.sameEmail");
            case SAME_PHONE -> I18n.t("contacts.duplicates.samePhone");
            case SIMILAR_NAME -> I18n.t("contacts.duplicates.similarName");
        };
    }
}
