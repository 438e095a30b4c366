package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.store.ClientRows;
import dev.rapport.store.Journal;

/**
 * A deleted client with everything that went with it — people, entries, promises, problems,
 * requests, reviews, answers, follow-ups, tags and dates — kept for the session so the deletion
 * can be undone exactly, ids included.
 */
public final class ClientSnapshot {
    private final Client client;
    private final ClientRows rows;

    private ClientSnapshot(Client client, ClientRows rows) {
        this.client = client;
        this.rows = rows;
    }

    static ClientSnapshot take(JournalSession session, Journal journal, long clientId) {
        return new ClientSnapshot(session.clients().get(clientId), ClientRows.capture(journal, clientId));
    }

    public Client client() {
        return client;
    }

    /** How many stored rows the deletion removed, the client's own included. */
    public int rowCount() {
        return rows.rowCount();
    }

    Client restoreInto(JournalSession session, Journal journal) {
        rows.restore(journal);
        return session.clients().get(client.id());
    }
}
