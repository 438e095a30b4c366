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
        List<SearchHit> parties = repository.parties(query, PARTIES);
        List<SearchHit> clients = parties.stream().filter(h -> h.kind() == SearchHit.Kind.CLIENT).toList();
        List<SearchHit> contacts = parties.stream().filter(h -> h.kind() == SearchHit.Kind.CONTACT).toList();
        return withEntries(text, clients, contacts, repository.ledger(query, LEDGER), query, Long.MAX_VALUE);
    }

    /** The next page of journal entries after {@code previous}. */
    public SearchResults moreEntries(SearchResults previous) {
        String query = toFtsQuery(previous.query());
        if (query.isEmpty() || !previous.moreEntries()) {
            return SearchResults.empty(previous.query());
        }
        return withEntries(previous.query(), List.of(), List.of(), List.of(), query, previous.nextEntryCursor());
    }

    private SearchResults withEntries(String text, List<SearchHit> clients, List<SearchHit> contacts, List<SearchHit> ledger,
                                      String query, long before) {
        List<SearchHit> entries = new ArrayList<>(repository.entries(query, before, PAGE + 1));
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
