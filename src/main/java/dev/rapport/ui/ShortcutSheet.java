package dev.rapport.ui;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Sheets;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Every key of the app on one sheet (F1 or Ctrl+/): the combination, and what it does in the chosen language. */
final class ShortcutSheet {
    /** A key (as printed on a keyboard) and the bundle key that says what it does. */
    record Shortcut(String keys, String what) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut("F1  ·  Ctrl+/", "app.keys.help"),
            new Shortcut("Ctrl+K  ·  Ctrl+F", "app.keys.search"),
            new Shortcut("Ctrl+N", "app.keys.newEntry"),
            new Shortcut("Ctrl+Shift+N", "app.keys.newClient"),
            new Shortcut("Alt+P", "app.keys.newPromise"),
            new Shortcut("Alt+R", "app.keys.newRequest"),
            new Shortcut("Alt+X", "app.keys.newProblem"),
            new Shortcut("Ctrl+L", "app.keys.quickLog"),
            new Shortcut("Ctrl+B", "app.keys.brief"),
            new Shortcut("Ctrl+1 … Ctrl+8", "app.keys.screens"),
            new Shortcut("Ctrl+T", "app.keys.chartTable"),
            new Shortcut("Ctrl+,", "app.keys.settings"),
            new Shortcut("Ctrl+O", "app.keys.open"),
            new Shortcut("Ctrl+Shift+B", "app.keys.backup"),
            new Shortcut("↑  ·  ↓", "app.keys.rows"),
            new Shortcut("Enter", "app.keys.openItem"),
            new Shortcut("K · A · R · L · B · T · W · D  ·  Space", "app.keys.rowAction"),
            new Shortcut("Tab  ·  Shift+Tab", "app.keys.tab"),
            new Shortcut("Ctrl+Enter", "app.keys.save"),
            new Shortcut("Esc", "app.keys.close"));

    private ShortcutSheet() {
    }

    static void open(Sheets sheets) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(8);
        int row = 0;
        for (Shortcut s : ALL) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add(Styles.TEXT_BOLD);
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(I18n.t(s.what()));
            what.setId("shortcut-" + s.what().replace('.', '-'));
            what.setWrapText(true);
            grid.addRow(row++, keys, what);
        }
        Label title = new Label(I18n.t("app.keys.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Button close = new Button(I18n.t("app.keys.closeSheet"));
        close.setId("shortcuts-close");
        close.setCancelButton(true);
        close.setOnAction(e -> sheets.close());
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(16, title, scroll, close);
        box.setId("shortcut-sheet");
        box.getStyleClass().add("sheet");
        box.setPadding(new Insets(24));
        box.setPrefWidth(560);
        box.setMaxWidth(560);
        sheets.show(box);
        close.requestFocus();
    }
}
