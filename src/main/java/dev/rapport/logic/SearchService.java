package dev.rapport.logic;

import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchResults;
import dev.rapport.store.SearchRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one search box: clients, contacts, promises, problems, requests and journal text, as you type. */
public final class SearchService {
    public static final int PAGE = 20;
    private static final int PARTIES = 8;
    private static final int LEDGER = 6;
    private static final int MAX_TERMS = 8;

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    /** The first page: best-matching clients and contacts, the newest promises, problems and requests, and the newest journal entries. */
    public SearchResults search(String text) {
        String query = toFtsQuery(text);
        if (query.isEmpty()) {
            return SearchResults.empty(text);
        }
        SearchRepository.FirstPage page = repository.firstPage(query, PARTIES, LEDGER, PAGE + 1);
        List<SearchHit> clients = new ArrayList<>();
        List<SearchHit> contacts = new ArrayList<>();
        for (SearchHit h : page.parties()) {
            (h.kind() == SearchHit.Kind.CLIENT ? clients : contacts).add(h);
        }
        return withEntries(text, List.copyOf(clients), List.copyOf(contacts), page.ledger(), page.entries(), Long.MAX_VALUE);
    }

    /** The next page of journal entries after {@code previous}. */
    public SearchResults moreEntries(SearchResults previous) {
        String query = toFtsQuery(previous.query());
        if (query.isEmpty() || !previous.moreEntries()) {
            return SearchResults.empty(previous.query());
        }
        long before = previous.nextEntryCursor();
        return withEntries(previous.query(), List.of(), List.of(), List.of(), repository.entries(query, before, PAGE + 1), before);
    }

    /** The page from {@code found} (up to one more entry than a page, which says whether there are more). */
    private static SearchResults withEntries(String text, List<SearchHit> clients, List<SearchHit> contacts, List<SearchHit> ledger,
                                             List<SearchHit> found, long before) {
        List<SearchHit> entries = new ArrayList<>(found);
        boolean more = entries.size() > PAGE;
        if (more) {
            entries.remove(PAGE);
        }
        long cursor = entries.isEmpty() ? before : entries.get(entries.size() - 1).id();
        return new SearchResults(text, clients, contacts, ledger, List.copyOf(entries), more, cursor);
    }

    /**
     * Turns typed text into an FTS5 expression: every word becomes a quoted prefix, all must
     * match. Quoting makes FTS5 operators and punctuation in the text harmless.
     */
    static String toFtsQuery(String text) {
        if (text == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add("\"" + word + "\"*");
            }
        }
        return String.join(" ", terms);
    }
}
