package dev.rapport.model;

import java.time.LocalDateTime;

/**
 * One search result. For a client, id and clientId are the client's; for a contact, id is the
 * contact's; for an entry, the interaction's; for a promise, problem or request, its own.
 * when is set for entries only.
 */
public record SearchHit(Kind kind, long id, long clientId, String title, String detail, LocalDateTime when) {
    public enum Kind { CLIENT, CONTACT, ENTRY, PROMISE, PROBLEM, REQUEST }
}
