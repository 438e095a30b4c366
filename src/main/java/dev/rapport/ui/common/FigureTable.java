package dev.rapport.ui.common;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A chart's figures as a plain table in a sheet, one key away from the chart ({@link #KEYS}, or its
 * button): a screen reader cannot read a heat map's colours or a radar's shape, but it reads a table
 * cell by cell.
 */
public final class FigureTable {
    /** The keys that open the table of the chart on screen (the shortcut sheet lists them). */
    public static final KeyCodeCombination KEYS = new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN);
    private static final String BUTTON = "figure-table-button";

    /** What the table shows: the column headers and one list of cell texts per row. */
    public record Figures(String title, List<String> headers, List<List<String>> rows) {
    }

    private FigureTable() {
    }

    /** A button ("Show as table") that opens the chart's current figures in a sheet. */
    public static Button button(Sheets sheets, String id, Supplier<Figures> figures) {
        Button show = new Button(I18n.t("spoken.table.show"), Icons.of(Feather.GRID));
        show.setId(id);
        show.getStyleClass().addAll(Styles.SMALL, BUTTON);
        show.setTooltip(new Tooltip(KEYS.getDisplayText()));
        show.setOnAction(e -> sheets.show(sheet(sheets, figures.get())));
        return show;
    }

    /**
     * Opens the table of the chart the window shows (the Health screen's heat map, a client's radar);
     * false when no chart is on screen. The first shown, enabled chart button under {@code root} acts.
     */
    public static boolean openShown(Parent root) {
        for (Node node : root.lookupAll("." + BUTTON)) {
            if (node instanceof Button button && shown(button) && !button.isDisabled()) {
                button.fire();
                return true;
            }
        }
        return false;
    }

    /** Whether the node and all its parents are visible: a chart on a tab not selected is not on screen. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    static VBox sheet(Sheets sheets, Figures figures) {
        Label title = new Label(figures.title());
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        TableView<List<String>> table = new TableView<>();
        table.setId("figure-table");
        table.setAccessibleText(figures.title());
        for (int c = 0; c < figures.headers().size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(figures.headers().get(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(column < row.getValue().size() ? row.getValue().get(column) : ""));
            col.setSortable(false);
            table.getColumns().add(col);
        }
        table.getItems().setAll(figures.rows());
        // every figure whole: each column as wide as its header's longest word or its widest cell, the
        // first (the client, the attribute) wrapping; with many columns the table scrolls sideways
        ColumnFit.fit(table, table.getColumns().get(0));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button close = new Button(I18n.t("dialogs.close"));
        close.setId("figure-table-close");
        close.setCancelButton(true);
        close.setOnAction(e -> sheets.close());
        HBox footer = new HBox(close);
        footer.setAlignment(Pos.CENTER_RIGHT);
        VBox sheet = new VBox(16, title, table, footer);
        sheet.getStyleClass().add("sheet");
        sheet.setPadding(new Insets(24));
        sheet.setPrefWidth(TextScale.em(52));
        sheet.setMaxWidth(TextScale.em(52));
        return sheet;
    }
}
