package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.SheetModel;

/**
 * The roles pane's journal work: the person with their roles and the clients to name them by, read
 * off the FX thread; the changes (each stored at once, with its undo) for the pane to run through
 * {@link dev.rapport.ui.common.Writes}, which keeps them off it too.
 */
final class RolesViewModel extends SheetModel {
    /** The person as stored (empty once they are gone) and every client. */
    record Roles(Optional<Person> person, List<Client> clients) {
    }

    private final long contactId;

    RolesViewModel(JournalSession session, Background background, Consumer<Throwable> failed, long contactId) {
        super(session, background, failed);
        this.contactId = contactId;
    }

    void load(Consumer<Roles> show) {
        background.run(() -> new Roles(session.contacts().person(contactId), session.clients().all()), show, failed);
    }

    ContactRole add(ContactRole role) {
        return session.contacts().addRole(role);
    }

    /** Ends the role on the day; returns the role as it was before, for Undo. */
    ContactRole end(long roleId, LocalDate day) {
        return session.contacts().endRole(roleId, day);
    }

    ContactRole restore(ContactRole before) {
        return session.contacts().updateRole(before);
    }

    Void remove(long roleId) {
        session.contacts().removeRole(roleId);
        return null;
    }
}
