package dev.rapport.export;

import dev.rapport.logic.DatesService;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.JournalSettings;
import dev.rapport.model.RapportException;
import dev.rapport.store.ClientRepository;
import dev.rapport.store.ContactImportWriter;
import dev.rapport.store.Journal;
import dev.rapport.store.JournalDump;
import dev.rapport.store.ListRows;
import dev.rapport.store.MeetingRepository;
import dev.rapport.model.DataList;
import dev.rapport.store.FileProblems;
import dev.rapport.store.SafeFiles;
import dev.rapport.store.SettingsRepository;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.logging.Logger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;

/**
 * Every way data goes in and out of a journal: the full JSON export, CSV lists, contacts as
 * vCards or CSV, and the calendar. Imports are read and checked whole first ({@code read...}
 * gives a plan to preview), then stored in one transaction ({@code apply}).
 */
public final class DataExchange {
    private static final Logger LOG = Logger.getLogger(DataExchange.class.getName());
    /** The setting that names this journal in calendar UIDs. */
    public static final String JOURNAL_ID = "journal.uuid";

    private final Journal journal;
    private final Clock clock;
    private final JournalDump dump;
    private final ListRows lists;
    private final DatesService dates;

    public DataExchange(Journal journal, Clock clock) {
        this(journal, clock, null);
    }

    /** With the dates that matter, which the calendar export then carries (with an alarm). */
    public DataExchange(Journal journal, Clock clock, DatesService dates) {
        this.journal = journal;
        this.clock = clock;
        this.dump = new JournalDump(journal);
        this.lists = new ListRows(journal);
        this.dates = dates;
    }

    // ---- the full JSON export ----

    /** The journal's tables (for the check that the export covers every one). */
    public List<String> schemaTables() {
        return dump.schemaTables();
    }

    /** Rows the full export will write (for a progress bar). */
    public long totalRows() {
        return dump.counts().values().stream().mapToLong(Long::longValue).sum();
    }

    public long exportJson(OutputStream out, LongConsumer progress) {
        long rows = dump.write(out, progress);
        LOG.info(() -> "Exported the journal as JSON: " + rows + " rows");
        return rows;
    }

    /** A read, checked JSON export and what importing it would do to this journal. */
    public record JsonPlan(JournalDump.Document document, Map<String, Long> incoming, long journalClients, long journalEntries) {
        public boolean journalEmpty() {
            return journalClients == 0 && journalEntries == 0;
        }

        /** Every row the file holds, all tables (for a progress bar). */
        public long incomingRows() {
            return incoming.values().stream().mapToLong(Long::longValue).sum();
        }

        public long incomingEntries() {
            return document.entries();
        }

        /** Replacing removes every entry; more than half of them needs the user's yes first. */
        public boolean needsConfirmation() {
            return journalEntries > 0;
        }

        public String describe() {
            return I18n.t("data.json.describe", I18n.plural("data.clients", incoming.get("client")),
                    I18n.plural("data.contacts", incoming.get("contact")), I18n.plural("data.entries", incomingEntries()),
                    I18n.plural("data.interactions", incoming.get("interaction")), I18n.plural("data.promises", incoming.get("promise")),
                    I18n.plural("data.problems", incoming.get("problem")), I18n.plural("data.requests", incoming.get("request")));
        }
    }

    public JsonPlan readJson(InputStream in) {
        return plan(dump.read(new BufferedInputStream(in, 1 << 16)));
    }

    /**
     * Reads and checks a JSON export from a file without holding its rows: applying the plan
     * streams them from the file again (a whole journal's export stays out of memory).
     */
    public JsonPlan readJson(Path file) {
        return plan(dump.read(file));
    }

    private JsonPlan plan(JournalDump.Document doc) {
        Map<String, Long> incoming = new LinkedHashMap<>();
        for (String table : JournalDump.TABLES.keySet()) {
            incoming.put(table, doc.rows(table));
        }
        Map<String, Long> here = dump.counts();
        long entries = JournalDump.ENTRY_TABLES.stream().mapToLong(here::get).sum();
        return new JsonPlan(doc, incoming, here.get("client"), entries);
    }

    /**
     * Stores a JSON export. Into an empty journal it simply loads; a journal with data is
     * refused unless {@code replace}, and replacing entries needs {@code confirmed}.
     */
    public void apply(JsonPlan plan, boolean replace, boolean confirmed, LongConsumer progress) {
        if (!plan.journalEmpty() && !replace) {
            throw new RapportException(I18n.t("data.json.notEmpty", I18n.plural("data.clients", plan.journalClients()),
                    I18n.plural("data.entries", plan.journalEntries())));
        }
        if (replace && plan.needsConfirmation() && !confirmed) {
            throw new RapportException(I18n.plural("data.json.confirm", plan.journalEntries()));
        }
        dump.load(plan.document(), replace, progress);
        LOG.info("Imported a JSON export");
    }

    // ---- CSV lists ----

    public long exportCsv(DataList kind, boolean includePrivate, OutputStream out) {
        try (Csv.Printer p = Csv.open(out)) {
            return lists.each(kind, includePrivate, p::row);
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.csv.notWritten", FileProblems.why(e)), e);
        }
    }

    /**
     * Writes every list into {@code folder}, one file each; returns the files. The lists are
     * written into a temporary folder beside it (owner-only) and moved in only when all are
     * whole, so a failure part-way (a full disk) leaves no half-written folder.
     */
    public List<Path> exportCsvAll(Path folder, boolean includePrivate) {
        Path temp = null;
        try {
            temp = SafeFiles.temporaryFolderBeside(folder);
            for (DataList kind : DataList.values()) {
                Path file = temp.resolve(kind.fileName());
                toFile(file, out -> exportCsv(kind, includePrivate, out));
            }
            List<Path> files = new ArrayList<>();
            if (!Files.exists(folder)) {
                SafeFiles.moveIntoPlaceAndSync(temp, folder);
                temp = null;
                for (DataList kind : DataList.values()) {
                    files.add(folder.resolve(kind.fileName()));
                }
                return files;
            }
            for (DataList kind : DataList.values()) {
                Path file = folder.resolve(kind.fileName());
                SafeFiles.moveIntoPlaceAndSync(temp.resolve(kind.fileName()), file);
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.csv.notWrittenTo", folder.toString(), FileProblems.why(e)), e);
        } finally {
            SafeFiles.deleteFolderQuietly(temp);
        }
    }

    // ---- the calendar ----

    /**
     * Promise due dates, problem target dates and the dates that matter of the coming year, each
     * date that matters with an alarm (the day before at 09:00 unless the settings say otherwise).
     */
    public int exportIcs(OutputStream out) {
        return exportIcs(out, alarm());
    }

    public int exportIcs(OutputStream out, CalendarExport.Alarm alarm) {
        List<CalendarExport.DateItem> coming = new ArrayList<>();
        if (dates != null) {
            for (DatesService.Upcoming u : dates.upcoming(today(), 366)) {
                coming.add(new CalendarExport.DateItem(u.event().id(), u.on(), u.title() + " (" + u.clientName() + ")",
                        u.event().note()));
            }
        }
        return CalendarExport.write(lists.calendarItems(), coming, alarm, journalId(), clock.instant(), out);
    }

    /** The alarm the settings ask for (default: the day before, 09:00). */
    public CalendarExport.Alarm alarm() {
        JournalSettings settings = JournalSettings.read(new SettingsRepository(journal).all(), clock.getZone());
        return new CalendarExport.Alarm(settings.calendarAlarmDays(), settings.calendarAlarmTime());
    }

    /** Reads a calendar (.ics) and works out which upcoming events become planned meetings. Nothing is stored yet. */
    public CalendarImport.Plan readIcs(InputStream in) {
        return CalendarImport.read(in, new ClientRepository(journal).all(), new dev.rapport.store.ContactRepository(journal).all(),
                java.util.Set.copyOf(new MeetingRepository(journal).uids()), java.time.LocalDateTime.now(clock), clock.getZone());
    }

    /** Stores the planned meetings by UID (new ones added, known ones updated), all or none. */
    public void apply(CalendarImport.Plan plan) {
        new MeetingRepository(journal).upsertAll(plan.meetings());
        LOG.info(() -> "Imported " + plan.meetings().size() + " planned meetings from a calendar");
    }

    /**
     * This journal's id, given once by the schema and kept in the file, so the same journal has the
     * same id on every machine and its calendar items keep their UIDs.
     */
    public String journalId() {
        // Only an older journal opened read-only (so not yet upgraded) lacks one: derived from its place, not kept.
        return new SettingsRepository(journal).get(JOURNAL_ID).orElseGet(
                () -> UUID.nameUUIDFromBytes(journal.file().toString().getBytes(StandardCharsets.UTF_8)).toString());
    }

    // ---- contacts ----

    /** Every contact as a vCard 4.0 (RFC 6350); returns how many. Notes stay in the journal. */
    public int exportVcf(OutputStream out) {
        List<VCard> cards = new ArrayList<>();
        lists.each(DataList.CONTACTS, false, row -> {
            if (row.get(0).equals("id")) {
                return;
            }
            VCard v = new VCard();
            v.setFormattedName(row.get(2));
            StructuredName n = new StructuredName();
            int space = row.get(2).lastIndexOf(' ');
            n.setFamily(space < 0 ? row.get(2) : row.get(2).substring(space + 1));
            n.setGiven(space < 0 ? null : row.get(2).substring(0, space));
            v.setStructuredName(n);
            v.setOrganization(row.get(1));
            if (!row.get(3).isEmpty()) {
                v.addTitle(new Title(row.get(3)));
            }
            if (!row.get(4).isEmpty()) {
                v.addEmail(new Email(row.get(4)));
            }
            if (!row.get(5).isEmpty()) {
                v.addTelephoneNumber(new Telephone(row.get(5)));
            }
            v.setUid(new ezvcard.property.Uid("urn:uuid:" + UUID.nameUUIDFromBytes(("contact-" + row.get(0) + "@" + journalId())
                    .getBytes(StandardCharsets.UTF_8))));
            cards.add(v);
        });
        try {
            ContentLines.write(Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(true).foldLines(false).go(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cards.size();
    }

    /** Reads vCards (3.0 or 4.0); a card without an organisation goes to {@code defaultClient}. */
    public ContactImport.Plan readVcf(InputStream in, String defaultClient) {
        List<VCard> cards;
        try {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            refuseCardsWithoutBegin(text);
            cards = Ezvcard.parse(text).all();
        } catch (IOException e) {
            throw new RapportException(I18n.t("data.vcf.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        }
        if (cards.isEmpty()) {
            throw new RapportException(I18n.t("data.vcf.none"));
        }
        List<ContactImport.Row> rows = new ArrayList<>();
        int n = 0;
        for (VCard v : cards) {
            n++;
            String name = v.getFormattedName() != null ? v.getFormattedName().getValue() : null;
            if ((name == null || name.isBlank()) && v.getStructuredName() != null) {
                StructuredName sn = v.getStructuredName();
                name = ((sn.getGiven() == null ? "" : sn.getGiven()) + " " + (sn.getFamily() == null ? "" : sn.getFamily())).trim();
            }
            Organization org = v.getOrganization();
            String client = org == null || org.getValues().isEmpty() ? null : org.getValues().get(0);
            String role = v.getTitles().isEmpty() ? "" : v.getTitles().get(0).getValue();
            String email = v.getEmails().isEmpty() ? "" : v.getEmails().get(0).getValue();
            String phone = v.getTelephoneNumbers().isEmpty() ? "" : phoneText(v.getTelephoneNumbers().get(0));
            String notes = v.getNotes().isEmpty() ? "" : v.getNotes().get(0).getValue();
            rows.add(new ContactImport.Row(name == null || name.isBlank() ? I18n.t("data.where.card", String.valueOf(n))
                    : I18n.t("data.where.cardNamed", String.valueOf(n), name),
                    client, name, role, email, phone, notes));
        }
        return plan(rows, defaultClient, List.of());
    }

    /**
     * A card whose BEGIN:VCARD line is damaged is skipped by the vCard reader without a word;
     * an END:VCARD with no card open finds it, so the import is refused instead of losing a person.
     */
    private static void refuseCardsWithoutBegin(String text) {
        int open = 0;
        int line = 0;
        for (String raw : text.split("\r\n|\r|\n", -1)) {
            line++;
            String l = raw.strip().toUpperCase(Locale.ROOT);
            if (l.equals("BEGIN:VCARD")) {
                open++;
            } else if (l.equals("END:VCARD")) {
                if (open == 0) {
                    throw new RapportException(I18n.t("data.vcf.damagedCard", String.valueOf(line)));
                }
                open--;
            }
        }
    }

    private static String phoneText(Telephone t) {
        if (t.getText() != null) {
            return t.getText();
        }
        return t.getUri() == null ? "" : t.getUri().getNumber();
    }

    /**
     * Reads contacts from CSV with a header row: name, email, phone, role and client columns
     * are recognised whatever their case (also organisation/organization/company for the client,
     * and notes); other columns are reported and left out.
     */
    public ContactImport.Plan readContactCsv(InputStream in, String defaultClient) {
        List<ContactImport.Row> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Reader reader = new java.io.InputStreamReader(skipBom(in), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setAllowMissingColumnNames(true).get().parse(reader)) {
            Map<String, String> columns = new LinkedHashMap<>();
            List<String> unknown = new ArrayList<>();
            for (String header : parser.getHeaderNames()) {
                String field = switch (header.trim().toLowerCase(Locale.ROOT)) {
                    case "name", "full name" -> "name";
                    case "email", "e-mail" -> "email";
                    case "phone", "telephone" -> "phone";
                    case "role", "title", "job title" -> "role";
                    case "client", "organisation", "organization", "company" -> "client";
                    case "notes", "note" -> "notes";
                    default -> null;
                };
                if (field == null || columns.containsKey(field)) {
                    unknown.add(header);
                } else {
                    columns.put(field, header);
                }
            }
            if (!columns.containsKey("name")) {
                throw new RapportException(I18n.t("data.csv.noName", String.join(", ", parser.getHeaderNames())));
            }
            if (!unknown.isEmpty()) {
                warnings.add(I18n.t("data.csv.unknownColumns", String.join(", ", unknown)));
            }
            for (CSVRecord r : parser) {
                String where = I18n.t("data.where.line", String.valueOf(lineOf(r)));
                if (r.size() > parser.getHeaderNames().size()) {
                    throw new RapportException(I18n.t("data.csv.tooManyCells", where, r.size(), parser.getHeaderNames().size()));
                }
                rows.add(new ContactImport.Row(where, cell(r, columns.get("client")), cell(r, columns.get("name")),
                        cell(r, columns.get("role")), cell(r, columns.get("email")), cell(r, columns.get("phone")),
                        cell(r, columns.get("notes"))));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw new RapportException(I18n.t("data.csv.unreadable", dev.rapport.store.Unreadable.reason(e)), e);
        }
        return plan(rows, defaultClient, warnings);
    }

    /** Google Contacts CSV (the current export: First Name, Last Name, Organization Name, E-mail 1 - Value, …). */
    public ContactImport.Plan readGoogleCsv(InputStream in, String defaultClient) {
        return fromTool(ToolImports.Tool.GOOGLE, in, defaultClient);
    }

    /** Outlook CSV, from outlook.com or the desktop app (First Name, Last Name, Company, E-mail Address, …). */
    public ContactImport.Plan readOutlookCsv(InputStream in, String defaultClient) {
        return fromTool(ToolImports.Tool.OUTLOOK, in, defaultClient);
    }

    /** LinkedIn's Connections.csv (a notes preamble, then First Name, Last Name, URL, Email Address, Company, Position, Connected On). */
    public ContactImport.Plan readLinkedInCsv(InputStream in, String defaultClient) {
        return fromTool(ToolImports.Tool.LINKEDIN, in, defaultClient);
    }

    /** Monica's JSON export: people with their calls, conversations, notes, reminders, tags and first-met dates. */
    public MonicaImport.Plan readMonicaJson(InputStream in, String defaultClient) {
        return MonicaImport.read(in, new ClientRepository(journal).all(), new ContactImportWriter(journal).existingEmails(),
                defaultClient, today());
    }

    /** Stores a Monica import: clients, people, their entries, dates and tags, in one transaction or not at all. */
    public void apply(MonicaImport.Plan plan) {
        ClientRepository clients = new ClientRepository(journal);
        dev.rapport.store.ContactRepository contacts = new dev.rapport.store.ContactRepository(journal);
        dev.rapport.store.InteractionRepository interactions = new dev.rapport.store.InteractionRepository(journal);
        dev.rapport.store.DatedEventRepository datedEvents = new dev.rapport.store.DatedEventRepository(journal);
        dev.rapport.store.ClientTagRepository tags = new dev.rapport.store.ClientTagRepository(journal);
        journal.inOneTransaction(() -> {
            Map<Long, Long> ids = new java.util.HashMap<>();
            for (int k = 0; k < plan.newClients().size(); k++) {
                ids.put((long) -(k + 1), clients.save(plan.newClients().get(k)).id());
            }
            Map<Long, java.util.Set<String>> clientTags = new java.util.HashMap<>();
            for (MonicaImport.Person p : plan.people()) {
                dev.rapport.model.Contact c = p.contact();
                long clientId = c.clientId() < 0 ? ids.get(c.clientId()) : c.clientId();
                dev.rapport.model.Contact saved = contacts.save(new dev.rapport.model.Contact(0, clientId, c.name(), c.role(), c.email(),
                        c.phone(), c.preferredChannel(), c.timeZone(), c.notes(), c.contextCarrier()));
                for (MonicaImport.Entry e : p.entries()) {
                    interactions.save(new dev.rapport.model.Interaction(0, clientId, e.at(), e.channel(), e.title(), "", e.privateNotes(),
                            List.of(), null, List.of(saved.id())));
                }
                for (MonicaImport.DateMark d : p.dates()) {
                    datedEvents.save(new dev.rapport.model.DatedEvent(0, clientId, saved.id(), d.kind(), d.on(), d.label(), d.note()));
                }
                if (!p.tags().isEmpty()) {
                    clientTags.computeIfAbsent(clientId, k -> new java.util.TreeSet<>(tags.all().getOrDefault(k, List.of())))
                            .addAll(p.tags());
                }
            }
            clientTags.forEach(tags::setTags);
            return null;
        });
        LOG.info(() -> "Imported " + plan.people().size() + " people from Monica, " + plan.entries() + " entries, " + plan.dates() + " dates");
    }

    private ContactImport.Plan fromTool(ToolImports.Tool tool, InputStream in, String defaultClient) {
        List<String> warnings = new ArrayList<>();
        List<ContactImport.Row> rows = ToolImports.read(tool, in, warnings);
        return plan(rows, defaultClient, warnings);
    }

    private static long lineOf(CSVRecord r) {
        return r.getRecordNumber() + 1;
    }

    private static String cell(CSVRecord r, String column) {
        return column == null || !r.isSet(column) ? "" : r.get(column);
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in);
        b.mark(3);
        byte[] head = b.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            b.reset();
        }
        return b;
    }

    private ContactImport.Plan plan(List<ContactImport.Row> rows, String defaultClient, List<String> warnings) {
        List<Client> clients = new ClientRepository(journal).all();
        return ContactImport.plan(rows, clients, new ContactImportWriter(journal).existingEmails(), defaultClient, warnings);
    }

    /** Stores a contact import: all of it in one transaction, or nothing. */
    public void apply(ContactImport.Plan plan) {
        new ContactImportWriter(journal).insert(plan.newClients(), plan.contacts());
        LOG.info(() -> "Imported " + plan.contacts().size() + " contacts and " + plan.newClients().size() + " clients");
    }

    /** Output that goes to a file: written beside it and moved into place, or not at all. */
    @FunctionalInterface
    public interface Output<T> {
        T write(OutputStream out) throws IOException;
    }

    /** Output that goes to a file: written beside it (owner-only) and moved into place, or not at all. */
    public static <T> T toFile(Path target, Output<T> work) {
        List<T> result = new ArrayList<>(1);
        SafeFiles.write(target, out -> {
            // The writers close what they write to; the file is SafeFiles' to close.
            java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(new java.io.FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, 1 << 16);
            result.add(work.write(buffered));
            buffered.flush();
        });
        return result.get(0);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
