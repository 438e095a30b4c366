package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Client tags, and changes to many clients at once (status, archive, tags), each in one transaction. */
public final class ClientTagRepository {
    private static final TagTable TAGS = new TagTable("client_tag", "client_id");

    private final Journal journal;

    public ClientTagRepository(Journal journal) {
        this.journal = journal;
    }

    /** Each tagged client's tags, sorted. */
    public Map<Long, List<String>> all() {
        return journal.read(TAGS::all);
    }

    public void setTags(long clientId, Collection<String> tags) {
        journal.write(c -> {
            requireClient(c, clientId);
            replaceTags(c, clientId, tags);
            return null;
        });
    }

    /** Applies the change to every client, all or none; returns what the clients were before. */
    public BulkChange apply(BulkChange.Kind kind, String argument, List<Long> clientIds) {
        return journal.write(c -> {
            Map<Long, BulkChange.Before> before = new HashMap<>();
            for (long id : clientIds) {
                before.put(id, before(c, id));
            }
            for (long id : clientIds) {
                switch (kind) {
                    case SET_STATUS -> update(c, "UPDATE client SET status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') "
                            + "WHERE id = ?", ClientStatus.valueOf(argument).name(), id);
                    case ARCHIVE, UNARCHIVE -> update(c, "UPDATE client SET archived = ?, updated_at = "
                            + "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", kind == BulkChange.Kind.ARCHIVE ? 1 : 0, id);
                    case ADD_TAG -> TAGS.add(c, id, argument);
                    case REMOVE_TAG -> TAGS.remove(c, id, argument);
                }
            }
            return new BulkChange(kind, argument, clientIds, before);
        });
    }

    /** Puts every client of a bulk change back as it was, in one transaction (clients deleted since are skipped). */
    public void undo(BulkChange change) {
        journal.write(c -> {
            for (var e : change.before().entrySet()) {
                if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", e.getKey()) == 0) {
                    continue;
                }
                update(c, "UPDATE client SET status = ?, archived = ? WHERE id = ?", e.getValue().status().name(),
                        e.getValue().archived() ? 1 : 0, e.getKey());
                replaceTags(c, e.getKey(), e.getValue().tags());
            }
            return null;
        });
    }

    private static BulkChange.Before before(Connection c, long id) throws SQLException {
        ClientStatus status;
        boolean archived;
        try (PreparedStatement ps = c.prepareStatement("SELECT status, archived FROM client WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ValidationException("clients", I18n.t("validation.store.chosenClientGone"));
                }
                status = ClientStatus.valueOf(rs.getString(1));
                archived = rs.getInt(2) == 1;
            }
        }
        List<String> tags = TAGS.of(c, id);
        return new BulkChange.Before(status, archived, tags);
    }

    private static void replaceTags(Connection c, long clientId, Collection<String> tags) throws SQLException {
        TAGS.replace(c, clientId, tags);
    }

    private static void requireClient(Connection c, long id) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", id) == 0) {
            throw new ValidationException("client", I18n.t("validation.store.clientGone"));
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
