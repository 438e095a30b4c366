package dev.rapport.logic;

import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;
import dev.rapport.store.ContactRepository;

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

    public List<Contact> forClient(long clientId) {
        return repository.forClient(clientId);
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
