package dev.rapport.ui.common;

import dev.rapport.model.Client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filters the journal and the ledger lists share: a client (null for all), the list's own
 * choices and a period. Any change reads the list again; Clear sets them all back at once and
 * reads it once.
 */
public final class ListFilters {
    private final ObjectProperty<Client> client = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final List<ObjectProperty<?>> all = new ArrayList<>();
    private final Runnable changed;
    private boolean quiet;

    public ListFilters(Runnable changed) {
        this.changed = changed;
        follow(client);
        follow(from);
        follow(to);
    }

    /** One more choice of the list's own (a channel, a state), null for any. */
    public <T> ObjectProperty<T> choice() {
        return follow(new SimpleObjectProperty<>());
    }

    private <T> ObjectProperty<T> follow(ObjectProperty<T> p) {
        all.add(p);
        p.addListener(x -> {
            if (!quiet) {
                changed.run();
            }
        });
        return p;
    }

    /** Every filter back to "any", read once. */
    public void clear() {
        quiet = true;
        try {
            all.forEach(p -> p.set(null));
        } finally {
            quiet = false;
        }
        changed.run();
    }

    /** The clients to choose from, as last read (left alone when unchanged, so the choice stays). */
    public void setClients(List<Client> loaded) {
        if (!clients.equals(loaded)) {
            clients.setAll(loaded);
        }
    }

    /** The chosen client's id; null for all. */
    public Long clientId() {
        return client.get() == null ? null : client.get().id();
    }

    public ObjectProperty<Client> clientProperty() {
        return client;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Client> clients() {
        return clients;
    }
}
