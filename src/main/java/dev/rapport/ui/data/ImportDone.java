package dev.rapport.ui.data;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.contacts.DuplicatesSheet;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** After a contact import that brought likely duplicates: how many, and the way to review and merge them. */
final class ImportDone {
    private ImportDone() {
    }

    static VBox show(AppContext app, String fileName, int duplicates, Runnable changed) {
        Label title = new Label(I18n.t("imports.done.title", fileName));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true); // it names the file, and a file's name can be long
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label count = new Label(I18n.plural("imports.duplicates.count", duplicates));
        count.setId("import-duplicates");
        count.getStyleClass().addAll(Styles.TITLE_4, Styles.WARNING);
        Label help = new Label(I18n.t("imports.done.duplicatesHelp"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        help.setWrapText(true);
        Button review = new Button(I18n.t("imports.done.review"), Icons.of(Feather.GIT_MERGE));
        review.setId("import-review-duplicates");
        review.getStyleClass().add(Styles.ACCENT);
        review.setDefaultButton(true);
        review.setOnAction(e -> {
            app.sheets().close();
            DuplicatesSheet.open(app, changed);
        });
        Button close = new Button(I18n.t("imports.done.close"));
        close.setId("import-done-close");
        close.setCancelButton(true);
        close.setOnAction(e -> app.sheets().close());
        HBox buttons = new HBox(8, close, review);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox sheet = new VBox(14, title, count, help, buttons);
        sheet.setId("import-done-sheet");
        sheet.getStyleClass().add("sheet");
        sheet.setPadding(new Insets(24));
        sheet.setPrefWidth(dev.rapport.ui.common.TextScale.em(34));
        sheet.setMaxWidth(dev.rapport.ui.common.TextScale.em(34));
        sheet.setMaxHeight(VBox.USE_PREF_SIZE);
        app.sheets().show(sheet);
        return sheet;
    }
}
