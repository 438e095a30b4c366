package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.ui.common.Background;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Merging two contacts as the merge sheet does it: the clients' names read off the FX thread, the
 * merge and its undo done off it; a failure goes back to whoever asked, to be said in words.
 */
public final class MergeViewModel {
    private final JournalSession session;
    private final Background background;
    private final ReadOnlyObjectWrapper<Map<Long, String>> clients = new ReadOnlyObjectWrapper<>(this, "clients", Map.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public MergeViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
    }

    /** Reads each client's name by its id (to say where each contact belongs); unread, ids are shown. */
    public void load() {
        background.run(() -> session.clients().all().stream().collect(Collectors.toUnmodifiableMap(Client::id, Client::name, (a, b) -> a)),
                clients::set, t -> { });
    }

    /** The client's name, or "#id" while unknown. */
    public String clientName(long id) {
        return clients.get().getOrDefault(id, "#" + id);
    }

    /** Merges {@code goneId} into {@code survivor}; then {@code merged} gets what moved, or {@code failed} why nothing did. */
    public void merge(Contact survivor, long goneId, Consumer<ContactMerge> merged, Consumer<Throwable> failed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> session.duplicates().merge(survivor, goneId), m -> {
            busy.set(false);
            merged.accept(m);
        }, t -> {
            busy.set(false);
            failed.accept(t);
        });
    }

    /** Takes a merge back; then {@code undone}, or {@code failed}. */
    public void undo(ContactMerge merge, Runnable undone, Consumer<Throwable> failed) {
        background.run(() -> {
            session.duplicates().undo(merge);
            return null;
        }, none -> undone.run(), failed);
    }

    public ReadOnlyObjectProperty<Map<Long, String>> clientsProperty() {
        return clients.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
