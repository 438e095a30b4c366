package dev.rapport.ui.search;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchResults;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.search.SearchBox.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the search box finds, as the rows of its drop-down: the search and its next pages run off
 * the FX thread, and an answer to a query typed over since is dropped.
 */
final class SearchViewModel {
    private final JournalSession session;
    private final Background background;
    private final Consumer<Throwable> failed;
    private SearchResults last;
    private long generation;

    SearchViewModel(JournalSession session, Background background, Consumer<Throwable> failed) {
        this.session = session;
        this.background = background;
        this.failed = failed;
    }

    /** Searches for {@code text}, then hands {@code found} the rows; a blank text finds nothing and calls {@code blank}. */
    void search(String text, Consumer<List<Row>> found, Runnable blank) {
        long mine = ++generation;
        if (text == null || text.isBlank()) {
            blank.run();
            return;
        }
        background.run(() -> session.search().search(text), results -> {
            if (mine == generation) {
                last = results;
                found.accept(rows(results));
            }
        }, failed);
    }

    /** The next page of journal entries: the rows shown, with "more" replaced by that page (and "more" again if there is). */
    void moreEntries(List<Row> shown, Consumer<List<Row>> found) {
        SearchResults previous = last;
        long mine = generation;
        background.run(() -> session.search().moreEntries(previous), page -> {
            if (mine != generation) {
                return;
            }
            last = new SearchResults(previous.query(), previous.clients(), previous.contacts(), previous.ledger(), page.entries(),
                    page.moreEntries(), page.nextEntryCursor());
            List<Row> rows = new ArrayList<>(shown);
            rows.removeIf(Row::more);
            page.entries().forEach(h -> rows.add(new Row(null, h, false)));
            if (page.moreEntries()) {
                rows.add(new Row(null, null, true));
            }
            found.accept(rows);
        }, failed);
    }

    static List<Row> rows(SearchResults r) {
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
}
