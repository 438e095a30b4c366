package dev.rapport.export;

import dev.rapport.logic.ImportedPerson;
import dev.rapport.logic.ImportedPerson.DateMark;
import dev.rapport.logic.ImportedPerson.Entry;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Monica's JSON export (Settings → Export → JSON, format "1.0-preview.1", written by
 * {@code JsonExportAccount} and the {@code ExportResources} classes of monicahq/monica 4.x):
 * <pre>{"version": "1.0-preview.1", "account": {"data": [{"type": "contact", "count": n, "values": [
 *   {"uuid": …, "properties": {"first_name", "middle_name", "last_name", "job", "company", "description",
 *      "last_talked_to", "tags": [..], "birthdate": {"date": …}, "first_met_date": {"date": …},
 *      "first_met_through": contact uuid, "is_partial"},
 *    "data": [{"type": "call" | "note" | "reminder" | "conversation" | "contact_field", "values": [
 *      {"properties": {…}}]}]}]}],
 *   "instance": {"contact_field_types": [{"uuid", "properties": {"type": "email" | "phone"}}]}}}</pre>
 * Each contact becomes a person at the client named by its company; calls and conversations
 * become journal entries (their text in the private notes), notes the person's notes, reminders
 * dates that matter, the birthday and the day you met (who introduced you) the person's dates,
 * tags the client's tags, and {@code last_talked_to} an entry when it is later than every call
 * and conversation. A time of exactly midnight (Monica keeps days, not times) becomes 09:00.
 * Partial contacts (relatives without their own page), the user's own contact and people without
 * a company (when no default client is given) are left out and reported.
 */
public final class MonicaImport {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalTime DAY_TIME = LocalTime.of(9, 0);

    /** A person to add, with what came with them. {@code contact.clientId()} is −(k+1) for the k-th new client. */
    public record Person(String where, Contact contact, List<Entry> entries, List<DateMark> dates, List<String> tags) {
        /** The person as the journal stores them. */
        public ImportedPerson toStore() {
            return new ImportedPerson(contact, entries, dates, tags);
        }
    }

    /** The plan: stored only by {@link DataExchange#apply(Plan)}. */
    public record Plan(List<Client> newClients, List<Person> people, List<String> skipped, List<String> warnings,
                       Map<Long, String> clientNames) {
        public int entries() {
            return people.stream().mapToInt(p -> p.entries().size()).sum();
        }

        public int dates() {
            return people.stream().mapToInt(p -> p.dates().size()).sum();
        }

        /** The contacts this import adds (for the shared contact-import summary). */
        public List<Contact> contacts() {
            return people.stream().map(Person::contact).toList();
        }

        public String describe() {
            String nl = System.lineSeparator();
            StringBuilder b = new StringBuilder(I18n.t("imports.monica.summary", I18n.plural("imports.count.contacts", people.size()),
                    I18n.plural("imports.count.entries", entries()), I18n.plural("imports.count.dates", dates())));
            if (!newClients.isEmpty()) {
                b.append(' ').append(I18n.t("imports.newClients", String.join(", ", newClients.stream().map(Client::name).toList())));
            }
            if (!people.isEmpty()) {
                b.append(nl);
            }
            int shown = 0;
            for (Person p : people) {
                if (shown++ == 20) {
                    b.append(nl).append("  ").append(I18n.t("imports.andMore", people.size() - 20));
                    break;
                }
                Contact c = p.contact();
                String client = c.clientId() < 0 ? newClients.get((int) -c.clientId() - 1).name() : clientNames.get(c.clientId());
                b.append(nl).append("  • ").append(c.name()).append(c.role().isEmpty() ? "" : ", " + c.role())
                        .append(c.email().isEmpty() ? "" : " <" + c.email() + ">")
                        .append(client == null ? "" : " (" + client + ")");
                if (!p.entries().isEmpty() || !p.dates().isEmpty()) {
                    b.append(" — ").append(I18n.plural("imports.count.entries", p.entries().size())).append(", ")
                            .append(I18n.plural("imports.count.dates", p.dates().size()));
                }
            }
            if (!skipped.isEmpty() || !warnings.isEmpty()) {
                b.append(nl);
            }
            for (String s : skipped) {
                b.append(nl).append(I18n.t("imports.skipped", s));
            }
            for (String w : warnings) {
                b.append(nl).append(I18n.t("imports.note", w));
            }
            return b.toString();
        }
    }

    private MonicaImport() {
    }

    static Plan read(InputStream in, List<Client> existingClients, Set<String> existingEmails, String defaultClient, LocalDate today) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new RapportException(I18n.t("imports.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new RapportException(I18n.t("imports.monica.notJson", String.valueOf(line), String.valueOf(column)), e);
        } catch (IOException e) {
            throw new RapportException(I18n.t("imports.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        }
        if (root == null || !root.isObject() || !root.path("account").isObject() || !root.path("version").isTextual()) {
            throw new RapportException(I18n.t("imports.monica.notMonica"));
        }
        JsonNode account = root.path("account");
        Map<String, String> fieldTypes = new HashMap<>();
        for (JsonNode t : account.path("instance").path("contact_field_types")) {
            fieldTypes.put(t.path("uuid").asText(""), t.path("properties").path("type").asText("").toLowerCase(Locale.ROOT));
        }
        String me = null;
        List<JsonNode> contacts = new ArrayList<>();
        for (JsonNode block : array(account.path("data"), I18n.t("imports.monica.where.account"), "data")) {
            String type = block.path("type").asText("");
            if (type.equals("user")) {
                for (JsonNode u : block.path("values")) {
                    me = me != null ? me : textOrNull(u.path("properties").path("me_contact"));
                }
            } else if (type.equals("contact")) {
                array(block.path("values"), I18n.t("imports.monica.where.account"), "data.contact.values").forEach(contacts::add);
            }
        }
        Map<String, String> namesByUuid = new HashMap<>();
        for (JsonNode c : contacts) {
            namesByUuid.put(c.path("uuid").asText(""), name(c.path("properties")));
        }

        Map<String, Long> clientIds = new LinkedHashMap<>();
        for (Client c : existingClients) {
            clientIds.put(key(c.name()), c.id());
        }
        List<Client> newClients = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> seenEmails = new HashSet<>(existingEmails);
        int n = 0;
        for (JsonNode c : contacts) {
            n++;
            JsonNode props = c.path("properties");
            String name = name(props);
            String where = I18n.t("imports.monica.where.contact", n, name.isEmpty() ? "?" : name);
            if (!c.isObject() || !props.isObject()) {
                throw new RapportException(I18n.t("imports.field", where, "properties", I18n.t("imports.monica.notObject")));
            }
            if (props.path("is_partial").asBoolean(false) || (me != null && me.equals(c.path("uuid").asText()))) {
                continue;
            }
            String company = textOrNull(props.path("company"));
            String clientName = company == null ? defaultClient : company.trim();
            if (clientName == null || clientName.isBlank()) {
                skipped.add(I18n.t("imports.monica.noCompany", where));
                continue;
            }
            Map<String, List<JsonNode>> data = new HashMap<>();
            for (JsonNode block : array(c.path("data"), where, "data")) {
                List<JsonNode> values = data.computeIfAbsent(block.path("type").asText(""), k -> new ArrayList<>());
                array(block.path("values"), where, "data." + block.path("type").asText("") + ".values").forEach(values::add);
            }
            String email = "";
            String phone = "";
            for (JsonNode f : data.getOrDefault("contact_field", List.of())) {
                String value = f.path("properties").path("data").asText("").trim();
                String type = fieldTypes.getOrDefault(f.path("properties").path("type").asText(""), value.contains("@") ? "email" : "");
                if (type.equals("email") && email.isEmpty()) {
                    email = value;
                } else if (type.equals("phone") && phone.isEmpty()) {
                    phone = value;
                }
            }
            List<String> notes = new ArrayList<>();
            String description = textOrNull(props.path("description"));
            if (description != null) {
                notes.add(description.trim());
            }
            for (JsonNode note : data.getOrDefault("note", List.of())) {
                String body = textOrNull(note.path("properties").path("body"));
                if (body != null) {
                    notes.add(body.trim());
                }
            }
            List<Entry> entries = new ArrayList<>();
            int k = 0;
            for (JsonNode call : data.getOrDefault("call", List.of())) {
                k++;
                JsonNode p = call.path("properties");
                LocalDateTime at = dateTime(p.path("called_at"), where, "data.call[" + k + "].called_at");
                entries.add(entry(where, "data.call[" + k + "]", at, Channel.CALL, I18n.t("imports.monica.call", name),
                        p.path("content").asText("")));
            }
            k = 0;
            for (JsonNode talk : data.getOrDefault("conversation", List.of())) {
                k++;
                JsonNode p = talk.path("properties");
                LocalDateTime at = dateTime(p.path("happened_at"), where, "data.conversation[" + k + "].happened_at");
                String via = fieldTypes.getOrDefault(p.path("contact_field_type").asText(""), "");
                Channel channel = via.equals("email") ? Channel.EMAIL : via.equals("phone") ? Channel.CALL : Channel.CHAT;
                StringBuilder text = new StringBuilder();
                for (JsonNode m : p.path("messages")) {
                    JsonNode mp = m.path("properties");
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    text.append(mp.path("written_by_me").asBoolean(false) ? I18n.t("imports.monica.me") : name).append(": ")
                            .append(mp.path("content").asText(""));
                }
                entries.add(entry(where, "data.conversation[" + k + "]", at, channel, I18n.t("imports.monica.conversation", name),
                        text.toString()));
            }
            JsonNode talked = props.path("last_talked_to");
            if (textOrNull(talked) != null) {
                LocalDateTime at = dateTime(talked, where, "properties.last_talked_to");
                boolean covered = entries.stream().anyMatch(e -> !e.at().toLocalDate().isBefore(at.toLocalDate()));
                if (!covered) {
                    entries.add(entry(where, "properties.last_talked_to", at, Channel.OTHER, I18n.t("imports.monica.lastTalked", name), ""));
                }
            }
            List<DateMark> dates = new ArrayList<>();
            if (props.path("birthdate").isObject()) {
                LocalDate on = dateTime(props.path("birthdate").path("date"), where, "properties.birthdate.date").toLocalDate();
                dates.add(mark(where, "properties.birthdate", DatedEvent.Kind.BIRTHDAY, on, "", ""));
            }
            String introducer = textOrNull(props.path("first_met_through"));
            String introducedBy = introducer == null ? "" : namesByUuid.getOrDefault(introducer, "");
            if (props.path("first_met_date").isObject()) {
                LocalDate on = dateTime(props.path("first_met_date").path("date"), where, "properties.first_met_date.date").toLocalDate();
                String how = textOrNull(props.path("first_met_additional_info"));
                dates.add(mark(where, "properties.first_met_date", DatedEvent.Kind.MET, on, how == null ? "" : how,
                        introducedBy.isEmpty() ? "" : I18n.t("imports.monica.introducedBy", introducedBy)));
            } else if (!introducedBy.isEmpty()) {
                notes.add(I18n.t("imports.monica.introducedBy", introducedBy));
            }
            k = 0;
            for (JsonNode r : data.getOrDefault("reminder", List.of())) {
                k++;
                JsonNode p = r.path("properties");
                if (p.path("inactive").asBoolean(false)) {
                    continue;
                }
                String field = "data.reminder[" + k + "]";
                LocalDate on = dateTime(p.path("initial_date"), where, field + ".initial_date").toLocalDate();
                String frequency = p.path("frequency_type").asText("one_time");
                String note = "";
                if (!frequency.equals("one_time")) {
                    int every = Math.max(1, p.path("frequency_number").asInt(1));
                    note = I18n.t("imports.monica.repeats", every, frequency);
                    on = next(on, frequency, every, today);
                }
                dates.add(mark(where, field, DatedEvent.Kind.EVENT, on, p.path("title").asText(""), note));
            }
            List<String> tags;
            try {
                tags = Interaction.normaliseTags(strings(props.path("tags")));
            } catch (ValidationException e) {
                throw new RapportException(I18n.t("imports.field", where, "properties.tags", e.getMessage()), e);
            }
            Long clientId = clientIds.get(key(clientName));
            Contact contact;
            try {
                // as it came from the file: a NUL or a broken character is refused, not silently dropped
                dev.rapport.model.Check.plainText("client", dev.rapport.model.Check.label("clientName"), clientName);
                dev.rapport.model.Check.plainText("name", dev.rapport.model.Check.label("contactName"), name);
                dev.rapport.model.Check.plainText("email", dev.rapport.model.Check.label("email"), email);
                dev.rapport.model.Check.plainText("phone", dev.rapport.model.Check.label("phone"), phone);
                if (clientId == null) {
                    newClients.add(Client.create(clientName));
                    clientId = (long) -newClients.size();
                    clientIds.put(key(clientName), clientId);
                }
                contact = new Contact(0, clientId, name, props.path("job").asText(""), email, phone, null, "",
                        String.join("\n\n", notes), false);
            } catch (ValidationException e) {
                throw new RapportException(I18n.t("imports.field", where, e.field(), e.getMessage()), e);
            }
            if (!contact.email().isEmpty() && !seenEmails.add(contact.email().toLowerCase(Locale.ROOT))) {
                skipped.add(I18n.t("imports.monica.sameEmail", where, contact.email()));
                continue;
            }
            people.add(new Person(where, contact, List.copyOf(entries), List.copyOf(dates), tags));
        }
        List<String> warnings = new ArrayList<>();
        if (contacts.isEmpty()) {
            warnings.add(I18n.t("imports.monica.noContacts"));
        }
        Map<Long, String> clientNames = new HashMap<>();
        existingClients.forEach(c -> clientNames.put(c.id(), c.name()));
        return new Plan(List.copyOf(newClients), List.copyOf(people), List.copyOf(skipped), warnings, Map.copyOf(clientNames));
    }

    /** A repeating reminder's next day from today (a one-off date that matters in the journal). */
    private static LocalDate next(LocalDate first, String frequency, int every, LocalDate today) {
        java.time.Period step = switch (frequency) {
            case "week" -> java.time.Period.ofWeeks(every);
            case "month" -> java.time.Period.ofMonths(every);
            default -> java.time.Period.ofYears(every);
        };
        LocalDate on = first;
        for (int k = 1; on.isBefore(today) && k < 10_000; k++) {
            on = first.plus(step.multipliedBy(k));
        }
        return on;
    }

    private static Entry entry(String where, String field, LocalDateTime at, Channel channel, String title, String notes) {
        try {
            // checked now, with a stand-in client, so a bad value stops the import before anything is stored
            dev.rapport.model.Check.plainText("title", dev.rapport.model.Check.label("title"), title);
            dev.rapport.model.Check.plainText("privateNotes", dev.rapport.model.Check.label("privateNotes"), notes);
            Interaction i = new Interaction(0, 1, at, channel, title, "", notes, List.of(), null, List.of());
            return new Entry(i.occurredAt(), channel, i.title(), i.privateNotes());
        } catch (ValidationException e) {
            throw new RapportException(I18n.t("imports.field", where, field + "." + e.field(), e.getMessage()), e);
        }
    }

    private static DateMark mark(String where, String field, DatedEvent.Kind kind, LocalDate on, String label, String note) {
        try {
            DatedEvent e = new DatedEvent(0, 1, 1L, kind, on, label, note);
            return new DateMark(kind, e.on(), e.label(), e.note());
        } catch (ValidationException e) {
            throw new RapportException(I18n.t("imports.field", where, field + "." + e.field(), e.getMessage()), e);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String where, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new RapportException(I18n.t("imports.field", where, field, I18n.t("imports.monica.notList")));
        }
        return node;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : node) {
            out.add(n.isObject() ? n.path("name").asText("") : n.asText(""));
        }
        return out;
    }

    private static String name(JsonNode props) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of("first_name", "middle_name", "last_name")) {
            String v = textOrNull(props.path(f));
            if (v != null) {
                parts.add(v.trim());
            }
        }
        return String.join(" ", parts);
    }

    private static String textOrNull(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? n.asText() : null;
    }

    /** Monica writes "2026-10-14T00:00:00.000000Z", "2026-10-14 15:40:00" or "2026-10-14"; the wall-clock time is kept as written. */
    static LocalDateTime dateTime(JsonNode node, String where, String field) {
        String v = textOrNull(node);
        if (v == null) {
            throw new RapportException(I18n.t("imports.field", where, field, I18n.t("imports.monica.missingDate")));
        }
        v = v.trim();
        LocalDateTime at;
        try {
            if (v.length() == 10) {
                at = LocalDate.parse(v).atStartOfDay();
            } else if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                at = OffsetDateTime.parse(v.replace(' ', 'T')).toLocalDateTime();
            } else {
                at = LocalDateTime.parse(v.replace(' ', 'T'));
            }
        } catch (DateTimeParseException e) {
            throw new RapportException(I18n.t("imports.field", where, field, I18n.t("imports.monica.badDate", v)), e);
        }
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().atTime(DAY_TIME) : at;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
