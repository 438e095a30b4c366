package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.DuplicatePair;
import dev.rapport.ui.common.Background;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The likely duplicate contacts and the names of the clients they belong to, found off the FX
 * thread; a search that failed is told in words instead.
 */
public final class DuplicatesViewModel {
    /** The pairs found, and each client's name by its id (to say whose people they are). */
    public record Found(List<DuplicatePair> pairs, Map<Long, String> clients) {
        public String client(long id) {
            return clients.getOrDefault(id, "#" + id);
        }
    }

    private final JournalSession session;
    private final Background background;
    private final ReadOnlyObjectWrapper<Found> found = new ReadOnlyObjectWrapper<>(this, "found");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public DuplicatesViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** Looks for the pairs again. */
    public void load() {
        background.run(this::find, f -> {
            error.set("");
            found.set(f);
        }, t -> error.set(t.getMessage()));
    }

    private Found find() {
        List<DuplicatePair> pairs = session.duplicates().find();
        Map<Long, String> clients = new HashMap<>();
        for (Client c : session.clients().all()) {
            clients.put(c.id(), c.name());
        }
        return new Found(List.copyOf(pairs), Map.copyOf(clients));
    }

    /** What the last search found; null until it has run. */
    public ReadOnlyObjectProperty<Found> foundProperty() {
        return found.getReadOnlyProperty();
    }

    /** Why the search failed; empty when it ran. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
