package dev.rapport.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Which promises, requests and problems were raised in the conversation a journal entry records. */
public final class EntryItems {
    /** The ledger tables that link to an entry; the names are fixed here, never taken from input. */
    public enum Kind {
        PROMISE("promise"), REQUEST("request"), PROBLEM("problem");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private final Journal journal;

    public EntryItems(Journal journal) {
        this.journal = journal;
    }

    public void link(Kind kind, long itemId, long interactionId) {
        journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + kind.table + " SET interaction_id = ? WHERE id = ?")) {
                ps.setLong(1, interactionId);
                ps.setLong(2, itemId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The ids of the items linked to the entry, oldest first. */
    public List<Long> ids(Kind kind, long interactionId) {
        return journal.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM " + kind.table + " WHERE interaction_id = ? ORDER BY id")) {
                ps.setLong(1, interactionId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }
}
