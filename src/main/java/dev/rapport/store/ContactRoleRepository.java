package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ContactRole;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's roles at clients. After every change the person's home (contact.client_id and the
 * title in contact.role) follows their roles: it stays while they hold a current role there,
 * otherwise it moves to their latest current role.
 */
public final class ContactRoleRepository {
    static final String FIRST_ROLE_TRIGGER_NAME = "contact_role_first";
    /** As V5 creates it: whatever writes a new person, they start with a role at their client. */
    static final String FIRST_ROLE_TRIGGER = "CREATE TRIGGER " + FIRST_ROLE_TRIGGER_NAME + " AFTER INSERT ON contact BEGIN\n"
            + "    INSERT INTO contact_role (contact_id, client_id, title) VALUES (new.id, new.client_id, new.role);\nEND";
    static final String COLUMNS = "id, contact_id, client_id, title, from_day, to_day";
    /** Current (or ending later) first, then latest ended, then newest; {@code ?} is today. */
    private static final String ORDER = "ORDER BY (to_day IS NULL OR to_day > ?) DESC, to_day IS NOT NULL, to_day DESC, id DESC";

    private final Journal journal;

    public ContactRoleRepository(Journal journal) {
        this.journal = journal;
    }

    public List<ContactRole> forContact(long contactId) {
        return journal.read(c -> list(c, "SELECT " + COLUMNS + " FROM contact_role WHERE contact_id = ? ORDER BY id", contactId));
    }

    /** Every role, by person. */
    public Map<Long, List<ContactRole>> all() {
        return journal.read(c -> {
            Map<Long, List<ContactRole>> out = new HashMap<>();
            for (ContactRole r : list(c, "SELECT " + COLUMNS + " FROM contact_role ORDER BY contact_id, id")) {
                out.computeIfAbsent(r.contactId(), k -> new ArrayList<>()).add(r);
            }
            return out;
        });
    }

    public List<ContactRole> atClient(long clientId) {
        return journal.read(c -> list(c, "SELECT " + COLUMNS + " FROM contact_role WHERE client_id = ? ORDER BY id", clientId));
    }

    public Optional<ContactRole> find(long id) {
        return journal.read(c -> find(c, id));
    }

    /** Adds a role (a person taking a role at another client, or again at the same one). */
    public ContactRole add(ContactRole role, LocalDate today) {
        return journal.write(c -> {
            requireContact(c, role.contactId());
            if (Rows.count(c, "SELECT count(*) FROM client WHERE id = ?", role.clientId()) == 0) {
                throw new ValidationException("roleClient", I18n.t("contacts.error.clientGone"));
            }
            ContactRole stored = insert(c, role);
            rehome(c, role.contactId(), today);
            return stored;
        });
    }

    /** Changes a role's title and dates. */
    public ContactRole update(ContactRole role, LocalDate today) {
        return journal.write(c -> {
            ContactRole before = find(c, role.id()).orElseThrow(() -> new ValidationException("role", I18n.t("contacts.error.roleGone")));
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE contact_role SET title = ?, from_day = ?, to_day = ? WHERE id = ?")) {
                ps.setString(1, role.title());
                ps.setString(2, role.from() == null ? null : role.from().toString());
                ps.setString(3, role.to() == null ? null : role.to().toString());
                ps.setLong(4, role.id());
                ps.executeUpdate();
            }
            rehome(c, before.contactId(), today);
            return role;
        });
    }

    /** Removes a role; a person keeps at least one. */
    public void delete(long roleId, LocalDate today) {
        journal.write(c -> {
            ContactRole before = find(c, roleId).orElseThrow(() -> new ValidationException("role", I18n.t("contacts.error.roleGone")));
            if (Rows.count(c, "SELECT count(*) FROM contact_role WHERE contact_id = ?", before.contactId()) <= 1) {
                throw new ValidationException("role", I18n.t("contacts.error.lastRole"));
            }
            Updates.run(c, "DELETE FROM contact_role WHERE id = ?", roleId);
            rehome(c, before.contactId(), today);
            return null;
        });
    }

    static ContactRole insert(Connection c, ContactRole role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(role.id() == 0
                ? "INSERT INTO contact_role (contact_id, client_id, title, from_day, to_day) VALUES (?, ?, ?, ?, ?)"
                : "INSERT INTO contact_role (contact_id, client_id, title, from_day, to_day, id) VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, role.contactId());
            ps.setLong(2, role.clientId());
            ps.setString(3, role.title());
            ps.setString(4, role.from() == null ? null : role.from().toString());
            ps.setString(5, role.to() == null ? null : role.to().toString());
            if (role.id() != 0) {
                ps.setLong(6, role.id());
            }
            ps.executeUpdate();
            if (role.id() != 0) {
                return role;
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return role.withId(keys.getLong(1));
            }
        }
    }

    /**
     * Keeps contact.client_id and contact.role on the person's home role: the home stays while
     * the person holds a current role there (or has no current role at all); otherwise it moves
     * to their latest current role, and the context-carrier mark (which belongs to the old
     * client) is dropped.
     */
    static void rehome(Connection c, long contactId, LocalDate today) throws SQLException {
        long home;
        try (PreparedStatement ps = c.prepareStatement("SELECT client_id FROM contact WHERE id = ?")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return;
                }
                home = rs.getLong(1);
            }
        }
        String day = today.toString();
        List<ContactRole> roles = list(c, "SELECT " + COLUMNS + " FROM contact_role WHERE contact_id = ? " + ORDER, contactId, day);
        if (roles.isEmpty()) {
            return;
        }
        boolean anyCurrent = roles.get(0).isCurrentOn(today);
        ContactRole atHome = roles.stream().filter(r -> r.clientId() == home).findFirst().orElse(null);
        ContactRole chosen;
        if (atHome != null && (atHome.isCurrentOn(today) || !anyCurrent)) {
            chosen = atHome;
        } else {
            chosen = roles.stream().filter(r -> r.isCurrentOn(today))
                    .max(java.util.Comparator.comparing((ContactRole r) -> r.from() == null ? LocalDate.MIN : r.from())
                            .thenComparing(ContactRole::id))
                    .orElse(roles.get(0));
        }
        if (chosen.clientId() == home) {
            Updates.run(c, "UPDATE contact SET role = ? WHERE id = ? AND role <> ?", chosen.title(), contactId, chosen.title());
        } else {
            Updates.run(c, "UPDATE contact SET client_id = ?, role = ?, context_carrier = 0, "
                    + "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?", chosen.clientId(), chosen.title(), contactId);
        }
    }

    /** After a contact's own fields were saved: the title at its home goes to the home role (made when missing). */
    static void syncHome(Connection c, long contactId, long clientId, String title) throws SQLException {
        List<ContactRole> atHome = list(c, "SELECT " + COLUMNS + " FROM contact_role WHERE contact_id = ? AND client_id = ? "
                + "ORDER BY to_day IS NOT NULL, to_day DESC, id DESC", contactId, clientId);
        if (atHome.isEmpty()) {
            insert(c, ContactRole.start(contactId, clientId, title, null));
        } else if (!atHome.get(0).title().equals(title)) {
            Updates.run(c, "UPDATE contact_role SET title = ? WHERE id = ?", title, atHome.get(0).id());
        }
    }

    /** Sets the title of the person's role at a client (their latest there), making a current role when they have none. */
    static void setTitleAt(Connection c, long contactId, long clientId, String title) throws SQLException {
        syncHome(c, contactId, clientId, title);
    }

    static Optional<ContactRole> find(Connection c, long id) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM contact_role WHERE id = ?", id).stream().findFirst();
    }

    static List<ContactRole> list(Connection c, String sql, Object... args) throws SQLException {
        List<ContactRole> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LeftOut.add(out, rs, "contact_role", r -> map(rs));
                }
            }
        }
        return out;
    }

    static ContactRole map(ResultSet rs) throws SQLException {
        String from = rs.getString("from_day");
        String to = rs.getString("to_day");
        return new ContactRole(rs.getLong("id"), rs.getLong("contact_id"), rs.getLong("client_id"), rs.getString("title"),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to));
    }

    private static void requireContact(Connection c, long id) throws SQLException {
        if (Rows.count(c, "SELECT count(*) FROM contact WHERE id = ?", id) == 0) {
            throw new ValidationException("contact", I18n.t("contacts.error.contactGone"));
        }
    }
}
