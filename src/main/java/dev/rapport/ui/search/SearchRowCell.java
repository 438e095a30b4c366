package dev.rapport.ui.search;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.SearchHit;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.search.SearchBox.Row;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A row of the search drop-down: a group heading, "show more entries", or a hit with its title and detail. */
final class SearchRowCell extends ListCell<Row> {
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
}
