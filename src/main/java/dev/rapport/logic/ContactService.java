package dev.rapport.logic;

import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;
import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.ContactRoleRepository;
import dev.rapport.store.ContactTagRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People, their roles at clients (one person may hold several), and their tags. */
public final class ContactService {
    private final ContactRepository repository;
    private final ContactRoleRepository roles;
    private final ContactTagRepository tags;
    private final Clock clock;

    ContactService(ContactRepository repository, ContactRoleRepository roles, ContactTagRepository tags, Clock clock) {
        this.repository = repository;
        this.roles = roles;
        this.tags = tags;
        this.clock = clock;
    }

    public Contact save(Contact contact) {
        return repository.save(contact);
    }

    /** Saves a person and their title at a client (the page the sheet was opened from) in one transaction. */
    public Contact saveAt(Contact contact, long clientId, String title) {
        return repository.saveAt(contact, clientId, title);
    }

    /** The people with a role at the client, now or before: current ones first, the context carrier first of all. */
    public List<Contact> forClient(long clientId) {
        return repository.forClient(clientId, today());
    }

    /** The people at a client with all their roles (here and elsewhere), in the order of {@link #forClient}. */
    public List<Person> peopleAt(long clientId) {
        List<Contact> here = forClient(clientId);
        Map<Long, List<ContactRole>> all = roles.all();
        Map<Long, List<String>> allTags = tags.all();
        List<Person> out = new ArrayList<>();
        for (Contact c : here) {
            out.add(person(c, all.getOrDefault(c.id(), List.of()), allTags.getOrDefault(c.id(), List.of())));
        }
        return out;
    }

    /** Every person with their roles and tags, by id. */
    public List<Person> people() {
        Map<Long, List<ContactRole>> all = roles.all();
        Map<Long, List<String>> allTags = tags.all();
        return repository.all().stream()
                .map(c -> person(c, all.getOrDefault(c.id(), List.of()), allTags.getOrDefault(c.id(), List.of()))).toList();
    }

    public Optional<Person> person(long contactId) {
        return repository.find(contactId).map(c -> person(c, roles.forContact(contactId), tags.of(contactId)));
    }

    private Person person(Contact c, List<ContactRole> theirs, List<String> theirTags) {
        List<ContactRole> sorted = new ArrayList<>(theirs);
        sorted.sort(Person.order(today(), c.clientId()));
        return new Person(c, sorted, theirTags);
    }

    /** Every role held at a client, now or before. */
    public List<ContactRole> rolesAt(long clientId) {
        return roles.atClient(clientId);
    }

    /** A new role for a person (at another client, or again at the same one). */
    public ContactRole addRole(ContactRole role) {
        return roles.add(role, today());
    }

    /** Ends a role on a day; returns the role as it was, for undo. */
    public ContactRole endRole(long roleId, LocalDate day) {
        ContactRole before = roles.find(roleId).orElseThrow(() -> new RapportException(
                dev.rapport.i18n.I18n.t("contacts.error.roleGone")));
        roles.update(before.endedOn(day), today());
        return before;
    }

    /** Changes a role's title or dates (also: puts back a role as it was). */
    public ContactRole updateRole(ContactRole role) {
        return roles.update(role, today());
    }

    public void removeRole(long roleId) {
        roles.delete(roleId, today());
    }

    public Optional<Contact> find(long id) {
        return repository.find(id);
    }

    public void delete(long id) {
        if (!repository.delete(id)) {
            throw new RapportException(I18n.t("contacts.error.contactGone"));
        }
    }

    public int count() {
        return repository.count();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
