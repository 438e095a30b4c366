package dev.rapport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the people list: the person, the clients of their current roles (or their home
 * client when they hold none), those clients' statuses, the last journal entry they attended,
 * and the rhythm state of that last contact against their home client's rhythm.
 */
public record PersonOverview(Person person, List<String> clients, List<ClientStatus> statuses, LocalDate lastContact,
                             Long daysSinceLastContact, RhythmState rhythmState) {

    public PersonOverview {
        clients = List.copyOf(clients);
        statuses = List.copyOf(statuses);
    }

    public long id() {
        return person.contact().id();
    }

    /** The texts the filter's text searches: name, email, titles and clients. */
    public List<String> texts() {
        List<String> out = new java.util.ArrayList<>(List.of(person.contact().name(), person.contact().email()));
        person.roles().forEach(r -> out.add(r.title()));
        out.addAll(clients);
        return out;
    }
}
