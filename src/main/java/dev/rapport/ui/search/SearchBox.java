package dev.rapport.ui.search;

import atlantafx.base.controls.CustomTextField;
import dev.rapport.i18n.I18n;
import dev.rapport.model.SearchHit;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.TextScale;

import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;

/**
 * The one search box: results drop down as you type, grouped into clients, people and journal
 * entries; Down moves into them, Enter opens, Esc closes. The search runs off the FX thread and
 * stale answers are dropped. The box is as wide as its hint at the text size chosen.
 */
public final class SearchBox extends CustomTextField {
    /** Beside the hint: the search icon, the gap and the paddings, in em. */
    private static final double CHROME_EMS = 4;
    /** Never narrower than this, in em, whatever the language's hint. */
    private static final double MIN_EMS = 26;

    /** A row of the drop-down: a group heading, a hit, or "show more entries". */
    public record Row(String heading, SearchHit hit, boolean more) {
    }

    private final SearchViewModel model;
    private final Consumer<SearchHit> open;
    /** The drop-down, built with the first results: the window's first frame does not wait for it. */
    private Popup popup;
    private ListView<Row> results;

    public SearchBox(AppContext app, Consumer<SearchHit> open) {
        this.model = new SearchViewModel(app.session(), app.background(), t -> app.status().say(t.getMessage()));
        this.open = open;
        setId("search");
        setPromptText(I18n.t("search.prompt"));
        setLeft(Icons.of(Feather.SEARCH));
        setAccessibleText(I18n.t("app.search.accessible"));
        fontProperty().addListener((o, was, font) -> fitHint(font));
        fitHint(getFont());
        textProperty().addListener((o, a, text) -> model.search(text, this::show, this::hideResults));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onFieldKey);
    }

    /** The hint whole at the box's font, which follows the text size (TextScale sets the root's font size). */
    private void fitHint(Font font) {
        Text probe = new Text(getPromptText());
        probe.setFont(font);
        double ems = font.getSize();
        setPrefWidth(Math.ceil(Math.max(probe.getLayoutBounds().getWidth() + CHROME_EMS * ems, MIN_EMS * ems)));
        setMinWidth(USE_PREF_SIZE);
    }

    private void dropDown() {
        if (popup != null) {
            return;
        }
        results = new ListView<>();
        results.setId("search-results");
        results.setPrefWidth(TextScale.em(40));
        results.setPrefHeight(TextScale.em(30));
        results.setCellFactory(l -> new SearchRowCell());
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

    private void show(List<Row> rows) {
        dropDown();
        results.getItems().setAll(rows);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null) {
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY() + 4);
        }
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
            model.moreEntries(results.getItems(), rows -> results.getItems().setAll(rows));
            return;
        }
        hideResults();
        clear();
        open.accept(row.hit());
    }

    public boolean isShowingResults() {
        return popup != null && popup.isShowing();
    }
}
