package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Channel;
import dev.rapport.model.Contact;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class ContactRepository {
    private static final String COLUMNS =
            "id, client_id, name, role, email, phone, preferred_channel, time_zone, notes, context_carrier";

    /** The people with a role at a client, whether current, carrier first: the text made once (a regular expression built it on every client page). */
    private static final String AT_CLIENT = "SELECT " + COLUMNS.replaceAll("(^|, )", "$1p.") + ", r.current"
            + " FROM contact p JOIN (SELECT contact_id, max(to_day IS NULL OR to_day > ?) AS current "
            + "FROM contact_role WHERE client_id = ? GROUP BY contact_id) r ON r.contact_id = p.id "
            + "ORDER BY r.current DESC, p.client_id = ? AND p.context_carrier = 1 DESC, p.name COLLATE NOCASE, p.id";

    private final Journal journal;

    public ContactRepository(Journal journal) {
        this.journal = journal;
    }

    /** Saves a contact; marking one as the context carrier unmarks the client's others, in the same transaction. */
    public Contact save(Contact contact) {
        return journal.write(c -> save(c, contact));
    }

    Contact save(Connection c, Contact contact) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", contact.clientId()) == 0) {
            throw new ValidationException("client", I18n.t("validation.store.contactClientGone"));
        }
        if (contact.contextCarrier()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE contact SET context_carrier = 0 WHERE client_id = ? AND id <> ? AND context_carrier = 1")) {
                ps.setLong(1, contact.clientId());
                ps.setLong(2, contact.id());
                ps.executeUpdate();
            }
        }
        if (contact.id() == 0) {
            return insert(c, contact); // the schema gives a new person their first role
        }
        Contact stored = update(c, contact);
        ContactRoleRepository.syncHome(c, stored.id(), stored.clientId(), stored.role());
        return stored;
    }

    /**
     * Saves a contact and, in the same transaction, the title of their role at a client (the
     * client page the sheet was opened from): a new person starts with a role there; someone at
     * home elsewhere keeps their home and gets their role there retitled (made when missing).
     */
    public Contact saveAt(Contact contact, long clientId, String title) {
        return journal.write(c -> {
            Contact stored = save(c, contact);
            if (clientId != stored.clientId()) {
                ContactRoleRepository.setTitleAt(c, stored.id(), clientId, title == null ? "" : title.strip());
            }
            return stored;
        });
    }

    private Contact insert(Connection c, Contact contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (client_id, name, role, email, phone, "
                + "preferred_channel, time_zone, notes, context_carrier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, contact);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return contact.withId(keys.getLong(1));
            }
        }
    }

    private Contact update(Connection c, Contact contact) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET client_id = ?, name = ?, role = ?, email = ?, "
                + "phone = ?, preferred_channel = ?, time_zone = ?, notes = ?, context_carrier = ?, "
                + "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?")) {
            bind(ps, contact);
            ps.setLong(10, contact.id());
            if (ps.executeUpdate() != 1) {
                throw new ValidationException("contact", I18n.t("validation.store.contactGone"));
            }
            return contact;
        }
    }

    static void bind(PreparedStatement ps, Contact contact) throws SQLException {
        ps.setLong(1, contact.clientId());
        ps.setString(2, contact.name());
        ps.setString(3, contact.role());
        ps.setString(4, contact.email());
        ps.setString(5, contact.phone());
        ps.setString(6, contact.preferredChannel() == null ? null : contact.preferredChannel().name());
        ps.setString(7, contact.timeZone());
        ps.setString(8, contact.notes());
        ps.setInt(9, contact.contextCarrier() ? 1 : 0);
    }

    /**
     * The people with a role at the client, now or in the past: those with a current role there
     * first (the context carrier first of all), then by name. Past people stay listed so the
     * entries they attended keep them.
     */
    public List<Contact> forClient(long clientId) {
        return forClient(clientId, java.time.LocalDate.now());
    }

    public List<Contact> forClient(long clientId, java.time.LocalDate today) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(AT_CLIENT)) {
                ps.setString(1, today.toString());
                ps.setLong(2, clientId);
                ps.setLong(3, clientId);
                // Within each group (current or past, carrier first) names follow the chosen language's alphabet.
                List<Contact> out = new ArrayList<>();
                List<Integer> groups = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Contact contact = map(rs);
                        out.add(contact);
                        groups.add((rs.getInt("current") == 1 ? 0 : 2) + (contact.clientId() == clientId && contact.contextCarrier() ? 0 : 1));
                    }
                }
                java.util.Map<Long, Integer> group = new java.util.HashMap<>();
                for (int i = 0; i < out.size(); i++) {
                    group.put(out.get(i).id(), groups.get(i));
                }
                out.sort(java.util.Comparator.<Contact>comparingInt(p -> group.get(p.id()))
                        .thenComparing(Contact::name, dev.rapport.i18n.NameOrder.current()));
                return out;
            }
        });
    }

    /** Every contact, by id. */
    /** Every person's name by id, without the rest of the row. */
    public java.util.Map<Long, String> names() {
        return journal.read(c -> {
            java.util.Map<Long, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM contact"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public List<Contact> all() {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM contact ORDER BY id")) {
                return list(ps);
            }
        });
    }

    public Optional<Contact> find(long id) {
        return journal.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM contact WHERE id = ?")) {
                ps.setLong(1, id);
                List<Contact> found = list(ps);
                return found.stream().findFirst();
            }
        });
    }

    public boolean delete(long id) {
        return journal.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Each person's latest journal entry they attended (by instant), as its own local day, for those who attended any. */
    public java.util.Map<Long, java.time.LocalDate> lastAttended() {
        return journal.read(c -> {
            java.util.Map<Long, java.time.LocalDate> out = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ic.contact_id, i.occurred_at, max(" + MomentColumns.ENTRY_ORDER + ") FROM interaction_contact ic "
                    + "JOIN interaction i ON i.id = ic.interaction_id GROUP BY ic.contact_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), java.time.LocalDate.parse(rs.getString(2).substring(0, 10)));
                }
            }
            return out;
        });
    }

    public int count() {
        return journal.read(c -> Rows.count(c, "SELECT count(*) FROM contact"));
    }

    private static List<Contact> list(PreparedStatement ps) throws SQLException {
        List<Contact> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LeftOut.add(out, rs, "contact", r -> map(rs));
            }
        }
        return out;
    }

    static Contact map(ResultSet rs) throws SQLException {
        String channel = rs.getString("preferred_channel");
        return new Contact(rs.getLong("id"), rs.getLong("client_id"), rs.getString("name"), rs.getString("role"),
                rs.getString("email"), rs.getString("phone"), channel == null ? null : Channel.valueOf(channel),
                rs.getString("time_zone"), rs.getString("notes"), rs.getInt("context_carrier") == 1);
    }
}
