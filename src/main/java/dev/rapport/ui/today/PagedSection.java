package dev.rapport.ui.today;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One Today section: its heading with the full count, then a page of rows at a time, and at the
 * end a "Show N more" button for the next page. A day can hold thousands of items; only the rows
 * the consultant opened are ever built.
 */
final class PagedSection<T> {
    static final int PAGE = 20;

    private final VBox box = new VBox(2);
    private final List<T> items;
    private final Function<T, Node> row;
    private final IntConsumer opened;
    private final ScrollPane scroll;
    private final Button more = new Button();
    private final Label shownLabel = new Label();
    private final HBox moreRow = new HBox(12, more, shownLabel);
    private int shown;

    /**
     * @param initiallyShown how many rows the consultant had opened before a reload (at least a page is shown)
     * @param opened told the new number of rows shown, so a reload after acting on a row keeps the pages
     */
    PagedSection(String id, String title, String hint, List<T> items, Function<T, Node> row, int initiallyShown,
                 IntConsumer opened, ScrollPane scroll) {
        this.items = items;
        this.row = row;
        this.opened = opened;
        this.scroll = scroll;
        box.setId(id);
        box.getStyleClass().add("today-section");
        box.getChildren().add(heading(id, title, hint, items.size()));
        more.setId(id + "-more");
        more.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT, Styles.SMALL);
        more.setGraphic(Icons.of(Feather.CHEVRON_DOWN));
        more.setOnAction(e -> showNextPage());
        shownLabel.setId(id + "-shown");
        shownLabel.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "today-count");
        moreRow.setAlignment(Pos.CENTER_LEFT);
        moreRow.setPadding(new Insets(6, 0, 0, 8));
        add(Math.min(items.size(), Math.max(PAGE, initiallyShown)));
    }

    VBox node() {
        return box;
    }

    private static HBox heading(String id, String title, String hint, int total) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4);
        heading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label count = new Label(Formats.integer(total));
        count.setId(id + "-count");
        count.getStyleClass().addAll(Styles.TEXT_MUTED, "today-count");
        HBox top = new HBox(10, heading, count);
        top.setAlignment(Pos.BASELINE_LEFT);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            h.setWrapText(true); // a longer hint in another language wraps beside its heading instead of being cut
            HBox.setHgrow(h, Priority.ALWAYS);
            top.getChildren().add(h);
        }
        return top;
    }

    private void showNextPage() {
        double before = positionInViewport(more);
        boolean focused = more.isFocused();
        Node first = add(PAGE);
        opened.accept(shown);
        if (focused && shown == items.size() && first != null) {
            // the button went with the last page: the keyboard goes on to the first new row's action
            first.applyCss(); // a new tile builds its buttons with its skin, on the first CSS pass
            Node action = first.lookup(".button");
            (action != null ? action : scroll).requestFocus();
        }
        keepAt(first, before);
    }

    /** Builds the next count rows above the "more" button (which keeps its focus); returns the first of them. */
    private Node add(int count) {
        int end = Math.min(items.size(), shown + count);
        List<Node> rows = new ArrayList<>(end - shown);
        for (int i = shown; i < end; i++) {
            rows.add(row.apply(items.get(i)));
        }
        box.getChildren().remove(moreRow);
        box.getChildren().addAll(rows);
        shown = end;
        int left = items.size() - shown;
        if (left > 0) {
            more.setText(I18n.plural("today.more", Math.min(PAGE, left)));
            shownLabel.setText(I18n.t("today.shown", shown, items.size()));
            box.getChildren().add(moreRow);
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * The scroll pane keeps its relative position when content grows, which would jump the view;
     * this puts the first new row where the button was instead.
     */
    private void keepAt(Node first, double viewportY) {
        if (first == null || Double.isNaN(viewportY)) {
            return;
        }
        scroll.layout();
        double range = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        if (range > 0) {
            double y = contentY(first) - viewportY;
            scroll.setVvalue(Math.max(0, Math.min(1, y / range)));
        }
    }

    private double positionInViewport(Node node) {
        if (scroll.getScene() == null) {
            return Double.NaN;
        }
        double range = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        return contentY(node) - Math.max(0, range) * scroll.getVvalue();
    }

    private double contentY(Node node) {
        return scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
    }
}
