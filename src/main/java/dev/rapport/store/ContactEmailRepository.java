package dev.rapport.store;

import dev.rapport.model.Check;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What mail knows of a person beyond their row (schema 14): the emails they have besides their
 * first one (contact.email, where mail goes), matched case ignored, and the language they prefer
 * to be written to ('' when not known).
 */
public final class ContactEmailRepository {
    /** The languages a person may prefer, by code. */
    public static final List<String> LANGUAGES = List.of("en", "lt", "ro", "ru", "uk");

    private final Journal journal;

    public ContactEmailRepository(Journal journal) {
        this.journal = journal;
    }

    /** The person's other emails, in the order they were added. */
    public List<String> others(long contactId) {
        return journal.read(c -> others(c, contactId));
    }

    static List<String> others(Connection c, long contactId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT email FROM contact_email WHERE contact_id = ? ORDER BY rowid")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /**
     * Replaces the person's other emails: each one checked (the field named "otherEmails"), blanks
     * dropped, the first email and repeats (case ignored) left out.
     */
    public List<String> replaceOthers(long contactId, List<String> emails) {
        return journal.write(c -> {
            String first = primary(c, contactId);
            Map<String, String> kept = new LinkedHashMap<>();
            for (String e : emails) {
                String email = Check.email("otherEmails", e == null ? "" : e.strip());
                String lower = email.toLowerCase(Locale.ROOT);
                if (!email.isEmpty() && !lower.equals(first)) {
                    kept.putIfAbsent(lower, email);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact_email WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                ps.executeUpdate();
            }
            for (String email : kept.values()) {
                insert(c, contactId, email);
            }
            return List.copyOf(kept.values());
        });
    }

    /** Adds one email to the person (nothing when they have it already, as first or other); whether it was added. */
    public boolean add(long contactId, String email) {
        String checked = Check.email("email", email == null ? "" : email.strip());
        return journal.write(c -> add(c, contactId, checked));
    }

    static boolean add(Connection c, long contactId, String email) throws SQLException {
        String lower = email.toLowerCase(Locale.ROOT);
        if (email.isEmpty() || lower.equals(primary(c, contactId))
                || others(c, contactId).stream().anyMatch(e -> e.equalsIgnoreCase(email))) {
            return false;
        }
        if (primary(c, contactId).isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET email = ? WHERE id = ?")) {
                ps.setString(1, email);
                ps.setLong(2, contactId);
                ps.executeUpdate();
            }
            return true;
        }
        insert(c, contactId, email);
        return true;
    }

    /** Removes one of the person's other emails (case ignored). */
    static void remove(Connection c, long contactId, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM contact_email WHERE contact_id = ? AND email = ?")) {
            ps.setLong(1, contactId);
            ps.setString(2, email);
            ps.executeUpdate();
        }
    }

    private static void insert(Connection c, long contactId, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO contact_email (contact_id, email) VALUES (?, ?)")) {
            ps.setLong(1, contactId);
            ps.setString(2, email);
            ps.executeUpdate();
        }
    }

    private static String primary(Connection c, long contactId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT email FROM contact WHERE id = ?")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).strip().toLowerCase(Locale.ROOT) : "";
            }
        }
    }

    /** Every person's emails, first one first, lower case: contact id → emails (people without any left out). */
    public Map<Long, List<String>> everyone() {
        return journal.read(c -> {
            Map<Long, List<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, email, 0 FROM contact WHERE email <> '' "
                    + "UNION ALL SELECT contact_id, email, rowid FROM contact_email ORDER BY 1, 3"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2).strip().toLowerCase(Locale.ROOT));
                }
            }
            return out;
        });
    }

    /** Every person's other emails as written, in the order they were added: contact id → emails. */
    public Map<Long, List<String>> othersOfEveryone() {
        return journal.read(c -> {
            Map<Long, List<String>> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT contact_id, email FROM contact_email ORDER BY contact_id, rowid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            return out;
        });
    }

    /** The person's preferred language code, '' when not known. */
    public String language(long contactId) {
        return journal.read(c -> language(c, contactId));
    }

    static String language(Connection c, long contactId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT language FROM contact WHERE id = ?")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** Sets the preferred language ('' or null: not known); a code Rapport does not speak is refused, naming the field. */
    public void setLanguage(long contactId, String code) {
        String checked = checkLanguage(code);
        journal.write(c -> {
            setLanguage(c, contactId, checked);
            return null;
        });
    }

    static void setLanguage(Connection c, long contactId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact SET language = ? WHERE id = ?")) {
            ps.setString(1, code);
            ps.setLong(2, contactId);
            ps.executeUpdate();
        }
    }

    static String checkLanguage(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        if (!c.isEmpty() && !LANGUAGES.contains(c)) {
            throw new dev.rapport.model.ValidationException("language",
                    dev.rapport.i18n.I18n.t("validation.language", c, String.join(", ", LANGUAGES)));
        }
        return c;
    }
}
