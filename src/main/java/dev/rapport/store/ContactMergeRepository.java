package dev.rapport.store;

import dev.rapport.i18n.I18n;

import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.model.ContactRole;
import dev.rapport.model.ValidationException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges one contact into another in one transaction: every journal entry they were present at,
 * promise, request and survey answer moves to the survivor, which takes the chosen field values,
 * and the other contact is removed. Reviews belong to the client and stay as they are. The record
 * it returns brings everything back.
 */
public final class ContactMergeRepository {
    private final Journal journal;
    private final ContactRepository contacts;

    public ContactMergeRepository(Journal journal) {
        this.journal = journal;
        this.contacts = new ContactRepository(journal);
    }

    public ContactMerge merge(Contact survivor, long removedId) {
        if (survivor.id() == removedId) {
            throw new ValidationException("contact", I18n.t("validation.store.mergeSame"));
        }
        return journal.write(c -> {
            Contact before = find(c, survivor.id()).orElseThrow(() -> new ValidationException("contact", I18n.t("validation.store.contactGone")));
            Contact removed = find(c, removedId).orElseThrow(() -> new ValidationException("contact", I18n.t("validation.store.otherContactGone")));
            List<Long> present = ids(c, "SELECT interaction_id FROM interaction_contact WHERE contact_id = ?", removedId);
            List<Long> both = ids(c, "SELECT interaction_id FROM interaction_contact WHERE contact_id = ? AND interaction_id IN "
                    + "(SELECT interaction_id FROM interaction_contact WHERE contact_id = ?)", removedId, survivor.id());
            List<Long> joined = new ArrayList<>(present);
            joined.removeAll(both);
            List<Long> promises = ids(c, "SELECT id FROM promise WHERE contact_id = ?", removedId);
            List<Long> requests = ids(c, "SELECT id FROM request WHERE contact_id = ?", removedId);
            List<Long> answers = ids(c, "SELECT id FROM survey_answer WHERE contact_id = ?", removedId);
            List<Long> dates = ids(c, "SELECT id FROM dated_event WHERE contact_id = ?", removedId);
            update(c, "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id) "
                    + "SELECT interaction_id, ? FROM interaction_contact WHERE contact_id = ?", survivor.id(), removedId);
            // planned meetings keep the person as an attendee (the link is not undone with the merge)
            update(c, "INSERT OR IGNORE INTO meeting_contact (meeting_id, contact_id) "
                    + "SELECT meeting_id, ? FROM meeting_contact WHERE contact_id = ?", survivor.id(), removedId);
            update(c, "UPDATE promise SET contact_id = ? WHERE contact_id = ?", survivor.id(), removedId);
            update(c, "UPDATE request SET contact_id = ? WHERE contact_id = ?", survivor.id(), removedId);
            update(c, "UPDATE survey_answer SET contact_id = ? WHERE contact_id = ?", survivor.id(), removedId);
            update(c, "UPDATE dated_event SET contact_id = ?, client_id = ? WHERE contact_id = ?", survivor.id(), survivor.clientId(),
                    removedId);
            List<ContactRole> removedRoles = ContactRoleRepository.list(c, "SELECT " + ContactRoleRepository.COLUMNS
                    + " FROM contact_role WHERE contact_id = ? ORDER BY id", removedId);
            List<ContactRole> survivorRoles = ContactRoleRepository.list(c, "SELECT " + ContactRoleRepository.COLUMNS
                    + " FROM contact_role WHERE contact_id = ? ORDER BY id", survivor.id());
            List<Long> rolesAdded = new ArrayList<>();
            for (ContactRole r : removedRoles) {
                boolean same = survivorRoles.stream().anyMatch(s -> s.clientId() == r.clientId() && Objects.equals(s.to(), r.to()));
                if (!same) {
                    rolesAdded.add(ContactRoleRepository.insert(c, new ContactRole(0, survivor.id(), r.clientId(), r.title(),
                            r.from(), r.to())).id());
                }
            }
            List<String> removedTags = ContactTagRepository.TAGS.of(c, removedId);
            List<String> tagsAdded = new ArrayList<>(removedTags);
            tagsAdded.removeAll(ContactTagRepository.TAGS.of(c, survivor.id()));
            for (String t : tagsAdded) {
                ContactTagRepository.TAGS.add(c, survivor.id(), t);
            }
            // read before the delete: the schema nulls the mail's person and drops their other emails with them
            List<String> messages = mailKeys(c, removedId);
            update(c, "UPDATE mail_message SET contact_id = ? WHERE contact_id = ?", survivor.id(), removedId);
            List<String> removedEmails = ContactEmailRepository.others(c, removedId);
            String removedLanguage = ContactEmailRepository.language(c, removedId);
            update(c, "DELETE FROM contact WHERE id = ?", removedId);
            Contact after = contacts.save(c, survivor);
            ContactMerge.Mail mail = takeMail(c, before, removed, removedEmails, removedLanguage, messages);
            return new ContactMerge(before, after, removed, joined, both, promises, requests, answers, dates,
                    removedRoles, rolesAdded, removedTags, tagsAdded, mail);
        });
    }

    private static List<String> mailKeys(Connection c, long contactId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT message_key FROM mail_message WHERE contact_id = ? ORDER BY message_key")) {
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
     * The survivor takes the merged-away person's mail (their messages stay theirs, not nobody's),
     * their emails (their first one among the survivor's others) and, when it has none, their language.
     */
    private static ContactMerge.Mail takeMail(Connection c, Contact survivorBefore, Contact removed, List<String> removedEmails,
                                              String removedLanguage, List<String> messages) throws SQLException {
        long survivorId = survivorBefore.id();
        List<String> offered = new ArrayList<>();
        // the survivor's own first email, when the merge chose the other's as first, stays one of theirs
        for (String email : List.of(survivorBefore.email(), removed.email())) {
            if (!email.isBlank()) {
                offered.add(email);
            }
        }
        offered.addAll(removedEmails);
        List<String> added = new ArrayList<>();
        for (String email : offered) {
            if (ContactEmailRepository.add(c, survivorId, email)) {
                added.add(email);
            }
        }
        String survivorLanguage = ContactEmailRepository.language(c, survivorId);
        if (survivorLanguage.isEmpty() && !removedLanguage.isEmpty()) {
            ContactEmailRepository.setLanguage(c, survivorId, removedLanguage);
        }
        return new ContactMerge.Mail(removedEmails, removedLanguage, added, survivorLanguage, messages);
    }

    /** Undoes a merge: the removed contact returns with its id, its rows move back, the survivor gets its old values. */
    public void undo(ContactMerge merge) {
        journal.write(c -> {
            Contact removed = merge.removed();
            if (find(c, removed.id()).isPresent()) {
                throw new ValidationException("contact", I18n.t("validation.store.mergeUndone"));
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (client_id, name, role, email, phone, "
                    + "preferred_channel, time_zone, notes, context_carrier, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ContactRepository.bind(ps, removed);
                ps.setLong(10, removed.id());
                ps.executeUpdate();
            }
            update(c, "DELETE FROM contact_role WHERE contact_id = ?", removed.id()); // the one the schema gave it
            for (ContactRole r : merge.removedRoles()) {
                ContactRoleRepository.insert(c, r);
            }
            ContactTagRepository.TAGS.replace(c, removed.id(), merge.removedTags());
            for (long id : merge.rolesAdded()) {
                update(c, "DELETE FROM contact_role WHERE id = ?", id);
            }
            for (String t : merge.tagsAdded()) {
                ContactTagRepository.TAGS.remove(c, merge.survivorBefore().id(), t);
            }
            long survivor = merge.survivorBefore().id();
            for (long id : merge.interactionsJoined()) {
                update(c, "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)", id, removed.id());
                update(c, "DELETE FROM interaction_contact WHERE interaction_id = ? AND contact_id = ?", id, survivor);
            }
            for (long id : merge.interactionsShared()) {
                update(c, "INSERT OR IGNORE INTO interaction_contact (interaction_id, contact_id) VALUES (?, ?)", id, removed.id());
            }
            for (long id : merge.promises()) {
                update(c, "UPDATE promise SET contact_id = ? WHERE id = ?", removed.id(), id);
            }
            for (long id : merge.requests()) {
                update(c, "UPDATE request SET contact_id = ? WHERE id = ?", removed.id(), id);
            }
            for (long id : merge.dates()) {
                update(c, "UPDATE dated_event SET contact_id = ?, client_id = ? WHERE id = ?", removed.id(), removed.clientId(), id);
            }
            for (long id : merge.answers()) {
                update(c, "UPDATE survey_answer SET contact_id = ? WHERE id = ?", removed.id(), id);
            }
            contacts.save(c, merge.survivorBefore());
            ContactMerge.Mail mail = merge.mail();
            for (String email : mail.emailsAdded()) {
                ContactEmailRepository.remove(c, survivor, email);
            }
            for (String email : mail.removedEmails()) {
                ContactEmailRepository.add(c, removed.id(), email);
            }
            ContactEmailRepository.setLanguage(c, removed.id(), mail.removedLanguage());
            ContactEmailRepository.setLanguage(c, survivor, mail.survivorLanguageBefore());
            for (String key : mail.messages()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE mail_message SET contact_id = ? WHERE message_key = ?")) {
                    ps.setLong(1, removed.id());
                    ps.setString(2, key);
                    ps.executeUpdate();
                }
            }
            if (removed.contextCarrier()) {
                contacts.save(c, removed);
            }
            return null;
        });
    }

    private static Optional<Contact> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, client_id, name, role, email, phone, preferred_channel, "
                + "time_zone, notes, context_carrier FROM contact WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(ContactRepository.map(rs)) : Optional.empty();
            }
        }
    }

    private static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
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
