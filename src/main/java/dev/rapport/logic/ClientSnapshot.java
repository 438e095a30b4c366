package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A deleted client with its people and entries, kept for the session so the deletion can be undone. */
public record ClientSnapshot(Client client, List<Contact> contacts, List<Interaction> interactions) {

    static ClientSnapshot take(JournalSession s, long clientId) {
        Client client = s.clients().get(clientId);
        List<Contact> contacts = s.contacts().forClient(clientId);
        JournalFilter filter = new JournalFilter(clientId, null, null, null, null);
        List<Interaction> entries = s.interactions().page(filter, Integer.MAX_VALUE, 0).stream()
                .map(JournalEntry::interaction).toList();
        return new ClientSnapshot(client, contacts, entries);
    }

    /** Stores the client again (with new ids), its people and its entries, linking who attended. */
    Client restoreInto(JournalSession s) {
        Client restored = s.clients().save(client.withId(0));
        Map<Long, Long> newContactIds = new HashMap<>();
        for (Contact c : contacts) {
            Contact saved = s.contacts().save(new Contact(0, restored.id(), c.name(), c.role(), c.email(), c.phone(),
                    c.preferredChannel(), c.timeZone(), c.notes(), c.contextCarrier()));
            newContactIds.put(c.id(), saved.id());
        }
        List<Interaction> again = new ArrayList<>();
        for (Interaction i : interactions) {
            again.add(new Interaction(0, restored.id(), i.occurredAt(), i.channel(), i.title(), i.summary(), i.privateNotes(),
                    i.tags(), i.mood(), i.contactIds().stream().map(newContactIds::get).toList()));
        }
        again.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        s.interactions().saveAll(again);
        return restored;
    }
}
