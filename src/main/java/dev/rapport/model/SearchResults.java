package dev.rapport.model;

import java.util.List;

/**
 * A page of search results. Entries come newest-written first; when moreEntries is true,
 * {@code nextEntryCursor} asks for the next page. Promises, problems and requests ("ledger")
 * come with the first page only, newest first.
 */
public record SearchResults(String query, List<SearchHit> clients, List<SearchHit> contacts, List<SearchHit> ledger,
                            List<SearchHit> entries, boolean moreEntries, long nextEntryCursor) {
    public static SearchResults empty(String query) {
        return new SearchResults(query, List.of(), List.of(), List.of(), List.of(), false, Long.MAX_VALUE);
    }

    public boolean isEmpty() {
        return clients.isEmpty() && contacts.isEmpty() && ledger.isEmpty() && entries.isEmpty();
    }

    public int size() {
        return clients.size() + contacts.size() + ledger.size() + entries.size();
    }
}
