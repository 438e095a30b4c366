package dev.rapport.model;

import java.util.List;
import java.util.Map;

/**
 * A change to many clients at once, and what it needs to be undone: each client's status,
 * archived flag and tags as they were.
 */
public record BulkChange(Kind kind, String argument, List<Long> clientIds, Map<Long, Before> before) {

    public enum Kind {
        SET_STATUS, ADD_TAG, REMOVE_TAG, ARCHIVE, UNARCHIVE
    }

    public record Before(ClientStatus status, boolean archived, List<String> tags) {
    }

    public BulkChange {
        clientIds = List.copyOf(clientIds);
        before = Map.copyOf(before);
    }
}
