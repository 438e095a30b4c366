package dev.rapport.store;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Stores imported contacts, with the clients they bring, in one transaction. */
public final class ContactImportWriter {
    private final Journal journal;

    public ContactImportWriter(Journal journal) {
        this.journal = journal;
    }

    /** Every contact email in the journal (each person's first and their others), lower-cased. */
    public Set<String> existingEmails() {
        return journal.read(c -> {
            Set<String> emails = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT lower(email) FROM contact WHERE email <> '' UNION SELECT lower(email) FROM contact_email")) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
            return emails;
        });
    }

    /**
     * Inserts the new clients, then the contacts. A contact's {@code clientId} is either an
     * existing client's id (positive) or {@code -(k + 1)} for the k-th new client; {@code otherEmails}
     * holds each contact's addresses after their first, in the same order.
     */
    public void insert(List<Client> newClients, List<Contact> contacts, List<List<String>> otherEmails) {
        journal.write(c -> {
            Map<Long, Long> ids = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO client (name, status, archived, industry, notes, "
                    + "rhythm_ideal_days, rhythm_max_days) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int k = 0; k < newClients.size(); k++) {
                    ClientRepository.bind(ps, newClients.get(k));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        ids.put((long) -(k + 1), keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (client_id, name, role, email, phone, "
                    + "preferred_channel, time_zone, notes, context_carrier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int k = 0; k < contacts.size(); k++) {
                    Contact contact = contacts.get(k);
                    long clientId = contact.clientId() < 0 ? ids.get(contact.clientId()) : contact.clientId();
                    ContactRepository.bind(ps, new Contact(0, clientId, contact.name(), contact.role(), contact.email(),
                            contact.phone(), contact.preferredChannel(), contact.timeZone(), contact.notes(), contact.contextCarrier()));
                    ps.executeUpdate();
                    List<String> others = otherEmails.get(k);
                    if (!others.isEmpty()) {
                        try (ResultSet keys = ps.getGeneratedKeys()) {
                            keys.next();
                            long id = keys.getLong(1);
                            for (String email : others) {
                                ContactEmailRepository.add(c, id, email);
                            }
                        }
                    }
                }
            }
            return null;
        });
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
