package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;
import dev.rapport.ui.common.Background;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A client page's People tab: everyone with a role at the client, read with the page; removing a
 * person (and bringing them back with their roles and tags) runs off the FX thread.
 */
public final class PeopleTabViewModel {
    private final JournalSession session;
    private final Background background;
    private final long clientId;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private Map<Long, String> clientNames = Map.of();
    private LocalDate today;

    public PeopleTabViewModel(JournalSession session, Background background, long clientId) {
        this.session = session;
        this.background = background;
        this.clientId = clientId;
        this.today = LocalDate.now(session.clock());
    }

    /** What the tab shows, read off the FX thread with the rest of the page. */
    public record Loaded(List<Person> people, Map<Long, String> clientNames, LocalDate today) {
    }

    /** Reads the tab's data; call it off the FX thread. */
    public Loaded load() {
        return new Loaded(session.contacts().peopleAt(clientId),
                session.clients().all().stream().collect(Collectors.toMap(Client::id, Client::name)), session.contacts().today());
    }

    public void show(Loaded data) {
        clientNames = data.clientNames();
        today = data.today();
        people.setAll(data.people());
    }

    public ObservableList<Person> people() {
        return people;
    }

    public String clientName(long id) {
        return clientNames.getOrDefault(id, "?");
    }

    public LocalDate today() {
        return today;
    }

    public long clientId() {
        return clientId;
    }

    /** The other clients a person has a role at, by name, for the question before removing them. */
    public String elsewhere(Person p) {
        return p.rolesElsewhere(clientId).stream().map(r -> clientName(r.clientId())).distinct().collect(Collectors.joining(", "));
    }

    /** Removes the person; done is handed what brings them back. */
    public void remove(Person p, Consumer<Runnable> done, Consumer<Throwable> failed) {
        background.run(() -> {
            session.contacts().delete(p.contact().id());
            return p;
        }, removed -> done.accept(() -> background.run(() -> restore(removed), x -> { }, failed)), failed);
    }

    /** Brings a removed person back (a new id) with their roles and tags. */
    Contact restore(Person p) {
        return session.inOneTransaction(() -> {
            Contact again = session.contacts().save(p.contact().withId(0));
            List<ContactRole> first = session.contacts().person(again.id()).orElseThrow().roles();
            for (ContactRole r : p.roles()) {
                session.contacts().addRole(new ContactRole(0, again.id(), r.clientId(), r.title(), r.from(), r.to()));
            }
            first.forEach(r -> session.contacts().removeRole(r.id()));
            session.people().setTags(again.id(), String.join(", ", p.tags()));
            return again;
        });
    }
}
