package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Channel;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.Mood;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public final class InteractionRepository {
    private static final String COLUMNS = "i.id, i.client_id, i.occurred_at, i.occurred_utc, i.zone, i.channel, i.title, "
            + "i.summary, i.private_notes, i.tags, i.mood";

    private final Journal journal;

    public InteractionRepository(Journal journal) {
        this.journal = journal;
    }

    public Interaction save(Interaction interaction) {
        return journal.write(c -> save(c, interaction));
    }

    /** Stores many entries in one transaction: all of them, or none. */
    public List<Interaction> saveAll(Collection<Interaction> interactions) {
        return journal.write(c -> {
            List<Interaction> out = new ArrayList<>(interactions.size());
            for (Interaction i : interactions) {
                out.add(save(c, i));
            }
            return out;
        });
    }

    Interaction save(Connection c, Interaction i) throws SQLException {
        checkContactsBelongToClient(c, i);
        Interaction stored = i.id() == 0 ? insert(c, i) : update(c, i);
        replaceLinks(c, stored);
        return stored;
    }

    private void checkContactsBelongToClient(Connection c, Interaction i) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", i.clientId()) == 0) {
            throw new ValidationException("client", I18n.t("validation.store.entryClientGone"));
        }
        for (long contactId : i.contactIds()) {
            if (Rows.count(c, "SELECT count(*) FROM contact_role WHERE contact_id = ? AND client_id = ?", contactId, i.clientId()) == 0) {
                throw new ValidationException("contacts", I18n.t("validation.store.presentNotClients"));
            }
        }
    }

    private Interaction insert(Connection c, Interaction i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction (client_id, occurred_at, channel, title, "
                + "summary, private_notes, tags, mood, occurred_utc, zone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, i);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return i.withId(keys.getLong(1));
            }
        }
    }

    private Interaction update(Connection c, Interaction i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE interaction SET client_id = ?, occurred_at = ?, channel = ?, "
                + "title = ?, summary = ?, private_notes = ?, tags = ?, mood = ?, occurred_utc = ?, zone = ?, "
                + "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?")) {
            bind(ps, i);
            ps.setLong(11, i.id());
            if (ps.executeUpdate() != 1) {
                throw new ValidationException("interaction", I18n.t("validation.store.entryGone"));
            }
            return i;
        }
    }

    static void bind(PreparedStatement ps, Interaction i) throws SQLException {
        ps.setLong(1, i.clientId());
        ps.setString(2, MomentColumns.local(i.moment()));
        ps.setString(3, i.channel().name());
        ps.setString(4, i.title());
        ps.setString(5, i.summary());
        ps.setString(6, i.privateNotes());
        ps.setString(7, String.join(" ", i.tags()));
        ps.setString(8, i.mood() == null ? null : i.mood().name());
        ps.setString(9, MomentColumns.utc(i.moment()));
        ps.setString(10, MomentColumns.zoneId(i.moment()));
    }

    private void replaceLinks(Connection c, Interaction i) throws SQLException {
        try (PreparedStatement del1 = c.prepareStatement("DELETE FROM interaction_contact WHERE interaction_id = ?");
             PreparedStatement del2 = c.prepareStatement("DELETE FROM interaction_tag WHERE interaction_id = ?");
             PreparedStatement addContact = c.prepareStatement("INSERT INTO interaction_contact VALUES (?, ?)");
             PreparedStatement addTag = c.prepareStatement("INSERT INTO interaction_tag VALUES (?, ?)")) {
            del1.setLong(1, i.id());
            del1.executeUpdate();
            del2.setLong(1, i.id());
            del2.executeUpdate();
            for (long contactId : i.contactIds()) {
                addContact.setLong(1, i.id());
                addContact.setLong(2, contactId);
                addContact.executeUpdate();
            }
            for (String tag : i.tags()) {
                addTag.setLong(1, i.id());
                addTag.setString(2, tag);
                addTag.executeUpdate();
            }
        }
    }

    public Optional<Interaction> find(long id) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM interaction i WHERE i.id = ?")) {
                ps.setLong(1, id);
                List<Interaction> found = withContacts(c, ps);
                return found.stream().findFirst();
            }
        });
    }

    /** One client's entries, newest first. */
    public List<JournalEntry> forClient(long clientId, int limit, int offset) {
        return page(new JournalFilter(clientId, null, null, null, null), limit, offset);
    }

    /** A page of entries matching the filter, newest first. */
    public List<JournalEntry> page(JournalFilter filter, int limit, int offset) {
        return journal.read(c -> {
            List<Object> args = new ArrayList<>();
            String where = where(filter, args);
            String sql = "SELECT " + COLUMNS + ", cl.name AS client_name FROM interaction i JOIN client cl ON cl.id = i.client_id"
                    + where + " ORDER BY " + MomentColumns.ENTRY_ORDER + " DESC, i.id DESC LIMIT ? OFFSET ?";
            args.add(limit);
            args.add(offset);
            List<Row> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindArgs(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Row.read(rs, rs.getString(CLIENT_NAME)));
                    }
                }
            }
            return toEntries(c, rows);
        });
    }

    public int count(JournalFilter filter) {
        return journal.read(c -> {
            List<Object> args = new ArrayList<>();
            String sql = "SELECT count(*) FROM interaction i" + where(filter, args);
            return Rows.count(c, sql, args.toArray());
        });
    }

    /** Tags in use, most used first. */
    public List<String> tags() {
        return journal.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT tag FROM interaction_tag GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 500")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM interaction WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Entry counts per channel, over the whole journal. */
    public Map<Channel, Integer> countByChannel() {
        return journal.read(c -> {
            Map<Channel, Integer> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT channel, count(*) FROM interaction GROUP BY channel ORDER BY channel")) {
                while (rs.next()) {
                    out.put(Channel.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return out;
        });
    }

    private static String where(JournalFilter f, List<Object> args) {
        List<String> parts = new ArrayList<>();
        if (f.clientId() != null) {
            parts.add("i.client_id = ?");
            args.add(f.clientId());
        }
        if (f.channel() != null) {
            parts.add("i.channel = ?");
            args.add(f.channel().name());
        }
        if (f.tag() != null) {
            parts.add("i.id IN (SELECT interaction_id FROM interaction_tag WHERE tag = ?)");
            args.add(f.tag());
        }
        if (f.from() != null) {
            parts.add("i.occurred_at >= ?");
            args.add(f.from().toString());
        }
        if (f.to() != null) {
            parts.add("i.occurred_at < ?");
            args.add(f.to().plusDays(1).toString());
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static void bindArgs(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int k = 0; k < args.size(); k++) {
            ps.setObject(k + 1, args.get(k));
        }
    }

    /**
     * The entries with their people, each built once: the rows' columns are held as read until
     * their people are known (an entry built without them and again with them cost twice the
     * validation a page of entries needs).
     */
    private List<JournalEntry> toEntries(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> links = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        String ids = rows.stream().map(i -> Long.toString(i.id())).collect(Collectors.joining(","));
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT ic.interaction_id, ic.contact_id, p.name FROM interaction_contact ic JOIN contact p ON p.id = ic.contact_id "
                        + "WHERE ic.interaction_id IN (" + ids + ") ORDER BY p.name, ic.contact_id")) {
            while (rs.next()) {
                links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                names.put(rs.getLong(2), rs.getString(3));
            }
        }
        List<JournalEntry> out = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<Long> contactIds = links.getOrDefault(row.id(), List.of());
            List<String> contactNames = new ArrayList<>(contactIds.size());
            for (Long id : contactIds) {
                contactNames.add(names.get(id));
            }
            out.add(new JournalEntry(row.interaction(contactIds), row.clientName(), java.util.Collections.unmodifiableList(contactNames)));
        }
        return out;
    }

    /** Reads the rows (an unreadable one is left out and told, as {@link LeftOut} does) and builds each with its people. */
    private List<Interaction> withContacts(Connection c, PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LeftOut.add(rows, rs, "interaction", r -> {
                    Row row = Row.read(rs, null);
                    row.interaction(List.of());
                    return row;
                });
            }
        }
        return toEntries(c, rows).stream().map(JournalEntry::interaction).toList();
    }

    private static final String CLIENT_NAME = "client_name";

    /** An entry's columns as read, before its people are known. */
    private record Row(long id, long clientId, String local, String utc, String zone, String channel, String title,
                       String summary, String privateNotes, String tags, String mood, String clientName) {
        static Row read(ResultSet rs, String clientName) throws SQLException {
            return new Row(rs.getLong("id"), rs.getLong("client_id"), rs.getString("occurred_at"), rs.getString("occurred_utc"),
                    rs.getString("zone"), rs.getString("channel"), rs.getString("title"), rs.getString("summary"),
                    rs.getString("private_notes"), rs.getString("tags"), rs.getString("mood"), clientName);
        }

        Interaction interaction(List<Long> contactIds) {
            return new Interaction(id, clientId, MomentColumns.read(local, utc, zone), Channel.valueOf(channel), title, summary,
                    privateNotes, tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                    mood == null ? null : Mood.valueOf(mood), contactIds);
        }
    }

    static Interaction map(ResultSet rs, List<Long> contactIds) throws SQLException {
        String mood = rs.getString("mood");
        String tags = rs.getString("tags");
        return new Interaction(rs.getLong("id"), rs.getLong("client_id"),
                MomentColumns.read(rs.getString("occurred_at"), rs.getString("occurred_utc"), rs.getString("zone")),
                Channel.valueOf(rs.getString("channel")), rs.getString("title"), rs.getString("summary"),
                rs.getString("private_notes"), tags.isEmpty() ? List.of() : Arrays.asList(tags.split(" ")),
                mood == null ? null : Mood.valueOf(mood), contactIds);
    }
}
