package dev.rapport.store;

import java.util.Set;

/**
 * What one committed write changed: the tables it touched (triggers' and search indexes' included)
 * and the ids of the client rows it inserted, updated or deleted.
 */
public record CommittedWrite(Set<String> tables, Set<Long> clientIds) {
    public CommittedWrite {
        tables = Set.copyOf(tables);
        clientIds = Set.copyOf(clientIds);
    }
}
