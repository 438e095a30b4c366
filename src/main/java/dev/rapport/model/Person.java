package dev.rapport.model;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A person with every role they hold or held, current ones first (then the latest), and their
 * tags. The contact's own client is their home: the client of a current role where there is one.
 */
public record Person(Contact contact, List<ContactRole> roles, List<String> tags) {

    public Person {
        roles = List.copyOf(roles);
        tags = List.copyOf(tags);
    }

    /** Roles at one client, current first, then the latest ended. */
    public List<ContactRole> rolesAt(long clientId) {
        return roles.stream().filter(r -> r.clientId() == clientId).toList();
    }

    /** Roles at other clients than the given one. */
    public List<ContactRole> rolesElsewhere(long clientId) {
        return roles.stream().filter(r -> r.clientId() != clientId).toList();
    }

    public boolean currentAt(long clientId, LocalDate day) {
        return roles.stream().anyMatch(r -> r.clientId() == clientId && r.isCurrentOn(day));
    }

    public List<ContactRole> currentRoles(LocalDate day) {
        return roles.stream().filter(r -> r.isCurrentOn(day)).toList();
    }

    /** Current roles first (the one at the home client first of all), then by end day (latest first), then newest. */
    public static Comparator<ContactRole> order(LocalDate day, long homeClientId) {
        return Comparator.comparing((ContactRole r) -> !r.isCurrentOn(day))
                .thenComparing(r -> r.clientId() != homeClientId)
                .thenComparing(ContactRole::to, Comparator.nullsFirst(Comparator.reverseOrder()))
                .thenComparing(ContactRole::from, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ContactRole::id, Comparator.reverseOrder());
    }
}
