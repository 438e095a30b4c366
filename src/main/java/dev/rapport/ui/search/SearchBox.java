package dev.rapport.ui.search;

import dev.rapport.i18n.I18n;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchResults;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one search box: results drop down as you type, grouped into clients, people and journal
 * entries; Down moves into them, Enter opens, Esc closes. Stale answers are dropped.
 */
public final class SearchBox extends CustomTextField {
    /** A row of the drop-down: a group heading, a hit, or "show more entries". */
    public record Row(String heading, SearchHit hit, boolean more) {
    }

    private final AppContext app;
    private final Consumer<SearchHit> open;
    /** The drop-down, built with the first results: the window's first frame does not wait for it. */
    private Popup popup;
    private ListView<Row> results;
    private SearchResults last;
    private long generation;

    public SearchBox(AppContext app, Consumer<SearchHit> open) {
        this.app = app;
        this.open = open;
        setId("search");
        setPromptText(I18n.t("search.prompt"));
        setLeft(Icons.of(Feather.SEARCH));
        setAccessibleText(I18n.t("app.search.accessible"));
        setPrefWidth(520);
        textProperty().addListener((o, a, text) -> search(text));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
    }

    private void dropDown() {
        if (popup != null) {
            return;
        }
        results = new ListView<>();
        results.setId("search-results");
        results.setPrefWidth(560);
        results.setPrefHeight(420);
        results.setCellFactory(l -> new RowCell());
        results.setOnMouseClicked(e -> activate(results.getSelectionModel().getSelectedItem()));
        results.setOnKeyPressed(this::onResultsKey);
        VBox box = new VBox(results);
        box.getStyleClass().add("search-popup");
        popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    private void hideResults() {
        if (popup != null) {
            popup.hide();
        }
    }

    private void search(String text) {
        long mine = ++generation;
        if (text == null || text.isBlank()) {
            hideResults();
            return;
        }
        app.background().run(() -> app.session().search().search(text), found -> {
            if (mine == generation) {
                last = found;
                show(rows(found));
            }
        }, t -> app.status().say(t.getMessage()));
    }

    private List<Row> rows(SearchResults r) {
        List<Row> rows = new ArrayList<>();
        group(rows, I18n.t("search.group.clients"), r.clients());
        group(rows, I18n.t("search.group.people"), r.contacts());
        group(rows, I18n.t("search.group.ledger"), r.ledger());
        group(rows, I18n.t("search.group.journal"), r.entries());
        if (r.moreEntries()) {
            rows.add(new Row(null, null, true));
        }
        if (rows.isEmpty()) {
            rows.add(new Row(I18n.t("search.nothing", r.query().strip()), null, false));
        }
        return rows;
    }

    private static void group(List<Row> rows, String heading, List<SearchHit> hits) {
        if (!hits.isEmpty()) {
            rows.add(new Row(heading, null, false));
            hits.forEach(h -> rows.add(new Row(null, h, false)));
        }
    }

    private void show(List<Row> rows) {
        dropDown();
        results.getItems().setAll(rows);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY() + 4);
        }
    }

    private void moreEntries() {
        SearchResults previous = last;
        app.background().run(() -> app.session().search().moreEntries(previous), page -> {
            last = new SearchResults(previous.query(), previous.clients(), previous.contacts(), previous.ledger(), page.entries(),
                    page.moreEntries(), page.nextEntryCursor());
            List<Row> rows = new ArrayList<>(results.getItems());
            rows.removeIf(Row::more);
            page.entries().forEach(h -> rows.add(new Row(null, h, false)));
            if (page.moreEntries()) {
                rows.add(new Row(null, null, true));
            }
            results.getItems().setAll(rows);
        }, t -> app.status().say(t.getMessage()));
    }

    private void onFieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && isShowingResults()) {
            results.requestFocus();
            selectFirstHit();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && isShowingResults()) {
            selectFirstHit();
            activate(results.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hideResults();
            clear();
            e.consume();
        }
    }

    private void onResultsKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            selectFirstHit();
            activate(results.getSelectionModel().getSelectedItem());
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hideResults();
            requestFocus();
        }
    }

    private void selectFirstHit() {
        Row selected = results.getSelectionModel().getSelectedItem();
        if (selected != null && selected.heading() == null) {
            return;
        }
        for (int i = 0; i < results.getItems().size(); i++) {
            if (results.getItems().get(i).heading() == null) {
                results.getSelectionModel().select(i);
                return;
            }
        }
    }

    private void activate(Row row) {
        if (row == null || row.heading() != null) {
            return;
        }
        if (row.more()) {
            moreEntries();
            return;
        }
        hideResults();
        clear();
        open.accept(row.hit());
    }

    public boolean isShowingResults() {
        return popup != null && popup.isShowing();
    }

    /** A promise, problem or request hit: what it is, then its detail (due day, status, day received · client). */
    private static String ledgerDetail(SearchHit hit) {
        String detail = onScreenDate(hit.detail());
        return switch (hit.kind()) {
            case PROMISE -> I18n.t("search.hit.promise", detail);
            case PROBLEM -> I18n.t("search.hit.problem", detail);
            case REQUEST -> I18n.t("search.hit.request", detail);
            default -> detail;
        };
    }

    /** The store gives a promise's due day and a request's day received in ISO ("2026-11-28 · Baltic Freight"); the screen shows the language's date. */
    private static String onScreenDate(String detail) {
        if (detail == null || !detail.matches("\\d{4}-\\d{2}-\\d{2}( .*)?")) {
            return detail;
        }
        try {
            return Formats.date(java.time.LocalDate.parse(detail.substring(0, 10))) + detail.substring(10);
        } catch (java.time.format.DateTimeParseException e) {
            return detail;
        }
    }

    private static final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("search-heading");
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (row.heading() != null) {
                Label h = new Label(row.heading());
                h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, Styles.TEXT_BOLD);
                getStyleClass().add("search-heading");
                setGraphic(h);
            } else if (row.more()) {
                Label more = new Label(I18n.t("search.more"));
                more.getStyleClass().add(Styles.ACCENT);
                setGraphic(more);
            } else {
                SearchHit hit = row.hit();
                Label title = new Label(hit.title());
                title.getStyleClass().add(Styles.TEXT_BOLD);
                String detail = hit.when() == null ? ledgerDetail(hit) : Formats.dateTime(hit.when()) + " · " + hit.detail();
                Label sub = new Label(Formats.ellipsis(detail, 90));
                sub.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setGraphic(new VBox(1, title, sub));
            }
            setText(null);
        }
    }
}
