package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Check;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a contact import would add, worked out before anything is stored: new clients, new
 * contacts, and the records skipped as duplicates (an email the journal, or the file, already has).
 */
public final class ContactImport {
    /**
     * One person read from a file, before checking. {@code where} names the line or card; {@code otherEmails}
     * are the addresses after their first one (a vCard may carry several).
     */
    public record Row(String where, String client, String name, String role, String email, String phone, String notes,
                      List<String> otherEmails) {
        public Row {
            otherEmails = otherEmails == null ? List.of() : List.copyOf(otherEmails);
        }

        public Row(String where, String client, String name, String role, String email, String phone, String notes) {
            this(where, client, name, role, email, phone, notes, List.of());
        }
    }

    /**
     * The plan: stored only by {@link DataExchange#apply(Plan)}. {@code otherEmails} holds, for each of
     * {@code contacts} in the same order, the person's addresses after their first one.
     */
    public record Plan(List<Client> newClients, List<Contact> contacts, List<List<String>> otherEmails,
                       List<String> duplicates, List<String> warnings) {
        public String describe() {
            StringBuilder b = new StringBuilder();
            String add = I18n.plural("data.plan.contacts", contacts.size());
            b.append(newClients.isEmpty() ? I18n.t("data.plan.summary", add) : I18n.t("data.plan.summaryNew", add,
                    I18n.plural("data.plan.newClients", newClients.size(), String.join(", ", newClients.stream().map(Client::name).toList()))));
            for (int k = 0; k < contacts.size(); k++) {
                if (k == 20) {
                    b.append(System.lineSeparator()).append("  ").append(I18n.t("data.plan.more", contacts.size() - 20));
                    break;
                }
                Contact c = contacts.get(k);
                String client = c.clientId() < 0 ? newClients.get((int) -c.clientId() - 1).name() : null;
                b.append(System.lineSeparator()).append("  • ").append(c.name())
                        .append(c.role().isEmpty() ? "" : ", " + c.role())
                        .append(c.email().isEmpty() ? "" : " <" + String.join(", ", emails(k)) + ">")
                        .append(client == null ? "" : " (" + I18n.t("data.plan.newClient", client) + ")");
            }
            for (String d : duplicates) {
                b.append(System.lineSeparator()).append(I18n.t("data.plan.duplicate", d));
            }
            for (String w : warnings) {
                b.append(System.lineSeparator()).append(I18n.t("data.plan.note", w));
            }
            return b.toString();
        }

        private List<String> emails(int k) {
            List<String> all = new ArrayList<>();
            all.add(contacts.get(k).email());
            all.addAll(otherEmails.get(k));
            return all;
        }
    }

    private ContactImport() {
    }

    /**
     * Checks every row (the first bad one stops the import, naming its line and field) and
     * matches clients by name, case-insensitively; a client not in the journal is new.
     */
    static Plan plan(List<Row> rows, List<Client> existingClients, Set<String> existingEmails, String defaultClient,
                     List<String> warnings) {
        Map<String, Long> clientIds = new LinkedHashMap<>();
        for (Client c : existingClients) {
            clientIds.put(key(c.name()), c.id());
        }
        List<Client> newClients = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<List<String>> otherEmails = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> seenEmails = new HashSet<>(existingEmails);
        for (Row row : rows) {
            String clientName = row.client() == null || row.client().isBlank() ? defaultClient : row.client().trim();
            if (clientName == null || clientName.isBlank()) {
                throw new RapportException(I18n.t("data.plan.noClient", row.where()));
            }
            Contact contact;
            List<String> others;
            try {
                plainTexts(row);
                Long clientId = clientIds.get(key(clientName));
                if (clientId == null) {
                    Client fresh = Client.create(clientName);
                    newClients.add(fresh);
                    clientId = (long) -newClients.size();
                    clientIds.put(key(clientName), clientId);
                }
                contact = new Contact(0, clientId, nz(row.name()), nz(row.role()), nz(row.email()).trim(), nz(row.phone()).trim(),
                        (Channel) null, "", nz(row.notes()), false);
                others = others(row, contact.email());
            } catch (ValidationException e) {
                throw new RapportException(I18n.t("data.plan.badField", row.where(), e.field(), e.getMessage()), e);
            }
            Optional<String> taken = Stream.concat(Stream.of(contact.email()), others.stream())
                    .filter(e -> !e.isEmpty() && seenEmails.contains(e.toLowerCase(Locale.ROOT))).findFirst();
            if (taken.isPresent()) {
                duplicates.add(I18n.t("data.plan.sameEmail", row.where(), contact.name(), taken.get()));
                continue;
            }
            Stream.concat(Stream.of(contact.email()), others.stream()).filter(e -> !e.isEmpty())
                    .forEach(e -> seenEmails.add(e.toLowerCase(Locale.ROOT)));
            contacts.add(contact);
            otherEmails.add(others);
        }
        return new Plan(List.copyOf(newClients), List.copyOf(contacts), List.copyOf(otherEmails), List.copyOf(duplicates),
                List.copyOf(warnings));
    }

    /** The row's addresses after its first, each checked; repeats (case ignored) and the first one left out. */
    private static List<String> others(Row row, String first) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String raw : row.otherEmails()) {
            Check.plainText("email", Check.label("email"), raw);
            String email = Check.email("email", nz(raw).trim());
            if (!email.isEmpty() && !email.equalsIgnoreCase(first)) {
                kept.putIfAbsent(email.toLowerCase(Locale.ROOT), email);
            }
        }
        return List.copyOf(kept.values());
    }

    /** What came from the file, as it came: a NUL or a broken character is refused, not silently dropped. */
    private static void plainTexts(Row row) {
        Check.plainText("client", Check.label("clientName"), row.client());
        Check.plainText("name", Check.label("contactName"), row.name());
        Check.plainText("role", Check.label("role"), row.role());
        Check.plainText("email", Check.label("email"), row.email());
        Check.plainText("phone", Check.label("phone"), row.phone());
        Check.plainText("notes", Check.label("notes"), row.notes());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
