package dev.rapport.ui.common;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Gives each column of a table the width its header and its cells need in the chosen language,
 * so nothing is cut to "Northwind He…"; one free-text column (a promise's wording, a person's
 * roles) takes the width that is left and wraps its text onto more lines instead of cutting it.
 */
public final class ColumnFit {
    /** How many rows are measured: enough for every screen's list, cheap enough for a pulse. */
    private static final int ROWS_MEASURED = 400;
    private static final double CELL_PADDING_AT_100 = 20;
    /** The header's padding and the sort arrow. */
    private static final double HEADER_PADDING_AT_100 = 26;
    private static final double SCROLL_BAR = 22;
    private static final double SHORT_HEADER_AT_100 = 90;
    /** How narrow a narrowable column may get, its header allowing. */
    private static final double NARROW_FLOOR_AT_100 = 110;
    private static final String NARROW = "rapport.columnFit.narrow";
    private static final String NEEDED = "rapport.columnFit.needed";
    private static final double FLEX_MIN_AT_100 = 130;

    private ColumnFit() {
    }

    /** A width given at 100 % text, at the chosen text size: paddings in the theme are in em. */
    private static double scaled(double atHundred) {
        return atHundred * TextScale.percent() / 100.0;
    }

    /**
     * Fits the columns; where they do not all fit, the narrowable ones (names, statuses) give up
     * width down to their header's and wrap, and if even that is not enough the table asks its
     * parent for the width it needs rather than cutting its last column at its edge.
     */
    @SafeVarargs
    public static <S> void fit(TableView<S> table, TableColumn<S, ?> flex, TableColumn<S, ?>... narrowable) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        wrap(flex);
        List<TableColumn<S, ?>> narrow = List.of(narrowable);
        narrow.forEach(ColumnFit::wrap);
        table.getProperties().put(NARROW, narrow);
        InvalidationListener measure = o -> measure(table, flex);
        InvalidationListener share = o -> share(table, flex);
        // an invalidation, not a change listener: an empty list "equals" the empty list it replaces
        table.itemsProperty().addListener(o -> {
            if (table.getItems() != null) {
                table.getItems().addListener(measure);
            }
            measure(table, flex);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(measure);
        }
        table.getColumns().addListener(measure);
        table.widthProperty().addListener(share);
        measure(table, flex);
    }

    private static <S> void measure(TableView<S> table, TableColumn<S, ?> flex) {
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (column != flex) {
                double needed = Math.max(header(column), cells(table, column));
                column.getProperties().put(NEEDED, needed);
                column.setMinWidth(narrow(table).contains(column) ? Math.min(needed, Math.max(header(column), scaled(NARROW_FLOOR_AT_100))) : needed);
                column.setPrefWidth(needed);
            }
        }
        flex.setMinWidth(Math.max(scaled(FLEX_MIN_AT_100), header(flex)));
        share(table, flex);
    }

    private static <S> void share(TableView<S> table, TableColumn<S, ?> flex) {
        double room = table.getWidth() - SCROLL_BAR;
        double others = 0;
        for (TableColumn<S, ?> c : table.getColumns()) {
            if (c != flex && c.isVisible()) {
                Object needed = c.getProperties().get(NEEDED);
                if (needed instanceof Double d) {
                    c.setPrefWidth(d);
                }
                others += c.getPrefWidth();
            }
        }
        for (TableColumn<S, ?> c : narrow(table)) {
            double short_ = others + flex.getMinWidth() - room;
            if (short_ <= 0) {
                break;
            }
            double give = Math.min(short_, c.getPrefWidth() - c.getMinWidth());
            if (give > 0) {
                c.setPrefWidth(c.getPrefWidth() - give);
                others -= give;
            }
        }
        double before = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        flex.setPrefWidth(Math.max(flex.getMinWidth(), Math.floor(room - others)));
        // at a larger text size the columns may need more than the window has: the table then scrolls
        // sideways rather than pushing the whole window (its rail too) past the screen's edge
        table.setMinWidth(TextScale.percent() > 100 ? javafx.scene.layout.Region.USE_COMPUTED_SIZE : Math.ceil(others + flex.getMinWidth() + SCROLL_BAR));
        if (table.getColumns().stream().mapToDouble(TableColumn::getPrefWidth).sum() != before) {
            table.refresh(); // rows made at the old widths keep the old height: a third wrapped line would be cut
        }
    }

    @SuppressWarnings("unchecked")
    private static <S> List<TableColumn<S, ?>> narrow(TableView<S> table) {
        Object narrow = table.getProperties().get(NARROW);
        return narrow == null ? List.of() : (List<TableColumn<S, ?>>) narrow;
    }

    /**
     * A short header whole; a long one as wide as its longest word, wrapping onto a second line
     * (rapport.css) — "Цільовий термін" need not widen a column of dates.
     */
    private static double header(TableColumn<?, ?> column) {
        Font bold = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, TextScale.fontSize());
        double widest = 0;
        for (String word : column.getText().split("\\s+")) {
            widest = Math.max(widest, width(word, bold));
        }
        return Math.ceil(Math.min(width(column.getText(), bold), Math.max(widest, scaled(SHORT_HEADER_AT_100))) + scaled(HEADER_PADDING_AT_100));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> double cells(TableView<S> table, TableColumn<S, ?> column) {
        if (table.getItems() == null || table.getItems().isEmpty()) {
            return 0;
        }
        Font font = Font.font(Font.getDefault().getFamily(), TextScale.fontSize());
        double widest = 0;
        int rows = Math.min(ROWS_MEASURED, table.getItems().size());
        TableCell<S, ?> cell = (TableCell<S, ?>) ((TableColumn) column).getCellFactory().call(column);
        if (cell.getClass().getName().startsWith("javafx.") || cell instanceof WrappingCell) {
            // a plain cell shows its value's text (a cell outside a laid-out table may not update itself)
            for (int i = 0; i < rows; i++) {
                Object value = column.getCellData(i);
                widest = Math.max(widest, width(value == null ? null : value.toString(), font));
            }
            return Math.ceil(widest + scaled(CELL_PADDING_AT_100));
        }
        cell.updateTableView(table);
        cell.updateTableColumn((TableColumn) column);
        for (int i = 0; i < rows; i++) {
            cell.updateIndex(i);
            widest = Math.max(widest, width(cell.getText(), font) + graphic(cell.getGraphic(), font));
        }
        cell.updateIndex(-1);
        return Math.ceil(widest + scaled(CELL_PADDING_AT_100));
    }

    /** A graphic's width: its labels' texts in the table's font, plus its own spacing and marks. */
    private static double graphic(Node graphic, Font font) {
        if (graphic == null) {
            return 0;
        }
        double texts = graphic.lookupAll(".label").stream().mapToDouble(n -> width(((javafx.scene.control.Label) n).getText(), font)).sum();
        return Math.max(graphic.prefWidth(-1), texts + 24);
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /** The free-text column's cells wrap at the column's width, so a long text takes two lines, not an ellipsis. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <S> void wrap(TableColumn<S, ?> flex) {
        ((TableColumn) flex).setCellFactory(c -> new WrappingCell<>());
    }

    /** A cell whose text wraps at the column's width (a Text graphic: a Labeled's own wrap does not grow the row). */
    static final class WrappingCell<S, T> extends TableCell<S, T> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("wrapping-cell-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(scaled(CELL_PADDING_AT_100)));
            setText(null);
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
            } else {
                text.setText(item.toString());
                setAccessibleText(item.toString());
                setGraphic(text);
            }
        }
    }
}
