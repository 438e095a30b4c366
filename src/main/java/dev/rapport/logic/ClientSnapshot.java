package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A deleted client with its people and entries, kept for the session so the deletion can be
 * undone. contacts are the people who went with the client (no role anywhere else); roles are
 * every role held there, theirs and those of people who stay because they hold a role elsewhere.
 */
public record ClientSnapshot(Client client, List<Contact> contacts, List<Interaction> interactions, List<ContactRole> roles) {

    public ClientSnapshot {
        contacts = List.copyOf(contacts);
        interactions = List.copyOf(interactions);
        roles = List.copyOf(roles);
    }

    static ClientSnapshot take(JournalSession s, long clientId) {
        Client client = s.clients().get(clientId);
        List<ContactRole> roles = s.contacts().rolesAt(clientId);
        Set<Long> staying = s.contacts().peopleAt(clientId).stream()
                .filter(p -> !p.rolesElsewhere(clientId).isEmpty()).map(p -> p.contact().id()).collect(Collectors.toSet());
        List<Contact> contacts = s.contacts().forClient(clientId).stream().filter(c -> !staying.contains(c.id())).toList();
        JournalFilter filter = new JournalFilter(clientId, null, null, null, null);
        List<Interaction> entries = s.interactions().page(filter, Integer.MAX_VALUE, 0).stream()
                .map(JournalEntry::interaction).toList();
        return new ClientSnapshot(client, contacts, entries, roles);
    }

    /** Stores the client again (with new ids), its people, their roles there and its entries, linking who attended. */
    Client restoreInto(JournalSession s) {
        return s.inOneTransaction(() -> {
            Client restored = s.clients().save(client.withId(0));
            Map<Long, Long> newContactIds = new HashMap<>();
            Map<Long, Long> firstRole = new HashMap<>();
            for (Contact c : contacts) {
                Contact saved = s.contacts().save(new Contact(0, restored.id(), c.name(), c.role(), c.email(), c.phone(),
                        c.preferredChannel(), c.timeZone(), c.notes(), c.contextCarrier()));
                newContactIds.put(c.id(), saved.id());
            }
            for (ContactRole r : s.contacts().rolesAt(restored.id())) {
                firstRole.put(r.contactId(), r.id()); // the role the schema gave each restored person
            }
            Set<Long> present = s.contacts().people().stream().map(p -> p.contact().id()).collect(Collectors.toSet());
            for (ContactRole r : roles) {
                Long newId = newContactIds.get(r.contactId());
                if (newId != null) {
                    s.contacts().addRole(new ContactRole(0, newId, restored.id(), r.title(), r.from(), r.to()));
                } else if (present.contains(r.contactId())) {
                    s.contacts().addRole(new ContactRole(0, r.contactId(), restored.id(), r.title(), r.from(), r.to()));
                }
            }
            for (long newId : newContactIds.values()) {
                if (firstRole.containsKey(newId) && s.contacts().rolesAt(restored.id()).stream()
                        .filter(r -> r.contactId() == newId).count() > 1) {
                    s.contacts().removeRole(firstRole.get(newId));
                }
            }
            List<Interaction> again = new ArrayList<>();
            for (Interaction i : interactions) {
                List<Long> people = i.contactIds().stream()
                        .map(id -> newContactIds.containsKey(id) ? newContactIds.get(id) : present.contains(id) ? id : null)
                        .filter(java.util.Objects::nonNull).toList();
                again.add(new Interaction(0, restored.id(), i.occurredAt(), i.channel(), i.title(), i.summary(), i.privateNotes(),
                        i.tags(), i.mood(), people));
            }
            again.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
            s.interactions().saveAll(again);
            return restored;
        });
    }
}
