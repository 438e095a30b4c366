package dev.rapport.logic;

import dev.rapport.i18n.NameOrder;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;
import dev.rapport.store.ContactRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class ContactService {
    private final ContactRepository repository;

    ContactService(ContactRepository repository) {
        this.repository = repository;
    }

    public Contact save(Contact contact) {
        return repository.save(contact);
    }

    /** A client's people: the context carrier first, then by name in the current language's alphabet. */
    public List<Contact> forClient(long clientId) {
        List<Contact> out = new ArrayList<>(repository.forClient(clientId));
        out.sort(Comparator.comparing((Contact c) -> !c.contextCarrier()).thenComparing(Contact::name, NameOrder.current())
                .thenComparingLong(Contact::id));
        return out;
    }

    public Optional<Contact> find(long id) {
        return repository.find(id);
    }

    public void delete(long id) {
        if (!repository.delete(id)) {
            throw new RapportException("The contact no longer exists.");
        }
    }

    public int count() {
        return repository.count();
    }
}
