package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Said;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The roles pane's state and journal work: the person's roles and the clients to name them by,
 * read off the FX thread; adding, ending and removing a role, each stored at once off the FX
 * thread and said on the status line with its Undo. What went wrong is {@link #errorProperty}.
 */
final class RolesViewModel {
    private final JournalSession session;
    private final Background background;
    private final long contactId;
    private final Consumer<Said> say;
    private final ObservableList<ContactRole> roles = FXCollections.observableArrayList();
    private final ObservableList<Client> clients = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private Map<Long, String> clientNames = Map.of();
    private Runnable changed = () -> { };

    /** say: the status line; a failed read goes to the error line too. */
    RolesViewModel(JournalSession session, Background background, long contactId, Consumer<Said> say) {
        this.session = session;
        this.background = background;
        this.contactId = contactId;
        this.say = say;
    }

    /** What runs after each change and each undo (the pane reads again, the sheet behind follows). */
    void onChanged(Runnable changed) {
        this.changed = changed;
    }

    /** The person's roles, current ones first, as stored. */
    ObservableList<ContactRole> roles() {
        return roles;
    }

    /** The clients a new role may be at. */
    ObservableList<Client> clients() {
        return clients;
    }

    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    LocalDate today() {
        return LocalDate.now(session.clock());
    }

    /** "CFO at Acme". */
    String title(ContactRole role) {
        return RoleText.title(role, clientNames.getOrDefault(role.clientId(), "?"));
    }

    void load() {
        background.run(() -> new Read(session.contacts().person(contactId).map(Person::roles).orElse(List.of()), session.clients().all()),
                read -> {
                    clientNames = read.clients().stream().collect(Collectors.toMap(Client::id, Client::name));
                    clients.setAll(read.clients());
                    roles.setAll(read.roles());
                }, this::fail);
    }

    /** A new role at the client from the day; {@code added} runs once it is stored (the pane empties its fields). */
    void add(Client client, String title, LocalDate from, Runnable added) {
        if (client == null) {
            error.set(I18n.t("contacts.error.roleClient"));
            return;
        }
        ContactRole role;
        try {
            role = ContactRole.start(contactId, client.id(), title, from);
        } catch (RapportException e) {
            error.set(e.getMessage());
            return;
        }
        background.run(() -> session.contacts().addRole(role), stored -> {
            String what = RoleText.title(stored, client.name());
            say.accept(Said.withUndo(I18n.t("contacts.roles.added", what),
                    undo(() -> session.contacts().removeRole(stored.id()), I18n.t("contacts.roles.addUndone", what))));
            added.run();
            done();
        }, this::fail);
    }

    /** Ends the role on the day; {@code failed} runs when it could not be stored (the pane lets the user try again). */
    void end(ContactRole role, LocalDate day, Runnable failed) {
        String what = title(role);
        background.run(() -> session.contacts().endRole(role.id(), day), before -> {
            say.accept(Said.withUndo(I18n.t("contacts.roles.ended", what),
                    undo(() -> session.contacts().updateRole(before), I18n.t("contacts.roles.endUndone", what))));
            done();
        }, failure -> {
            failed.run();
            fail(failure);
        });
    }

    /** Removes a past role (a person keeps at least one). */
    void remove(ContactRole role) {
        String what = title(role);
        background.run(() -> {
            session.contacts().removeRole(role.id());
            return null;
        }, none -> {
            say.accept(Said.withUndo(I18n.t("contacts.roles.removed", what), undo(() -> session.contacts().addRole(role.withId(0)), null)));
            done();
        }, this::fail);
    }

    /** The Undo: takes the change back off the FX thread, then says {@code undone} (when given); a failure is said. */
    private Runnable undo(Runnable takeBack, String undone) {
        Callable<Void> write = () -> {
            takeBack.run();
            return null;
        };
        return () -> background.run(write, none -> {
            if (undone != null) {
                say.accept(Said.of(undone));
            }
            done();
        }, failure -> say.accept(Said.of(failure.getMessage())));
    }

    private void done() {
        error.set("");
        changed.run();
    }

    private void fail(Throwable failure) {
        error.set(failure.getMessage());
    }

    private record Read(List<ContactRole> roles, List<Client> clients) {
    }
}
