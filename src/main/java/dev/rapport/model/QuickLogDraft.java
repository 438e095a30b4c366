package dev.rapport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a quick-log line means (issue 16): the client, the channel, the people present, the entry's
 * text and the promises, requests and problems said in it, or what is wrong with it. Each issue
 * names its part ({@code client}, {@code channel}, {@code person}, {@code entry}, {@code promise},
 * {@code request}, {@code problem}) and carries a message in the user's language that names it too.
 */
public record QuickLogDraft(String line, Client client, Channel channel, List<Contact> people, String text,
                            List<Clause> clauses, List<Issue> issues) {

    public QuickLogDraft {
        people = List.copyOf(people);
        clauses = List.copyOf(clauses);
        issues = List.copyOf(issues);
    }

    public enum Kind { PROMISE, REQUEST, PROBLEM }

    /** One "promise: … by fri @ilona" part: its text, the date it is due (or the problem's target), who it concerns. */
    public record Clause(Kind kind, String text, LocalDate due, Contact person) {
    }

    public record Issue(String part, String message) {
    }

    public boolean isValid() {
        return issues.isEmpty();
    }

    public List<Clause> clauses(Kind kind) {
        return clauses.stream().filter(c -> c.kind() == kind).toList();
    }
}
