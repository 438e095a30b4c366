package dev.rapport.logic;

import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DataList;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.Interaction;
import dev.rapport.model.CalendarSource;
import dev.rapport.model.Meeting;
import dev.rapport.model.MeetingChanges;
import dev.rapport.store.ClientRepository;
import dev.rapport.store.ClientTagRepository;
import dev.rapport.store.ContactEmailRepository;
import dev.rapport.store.ContactImportWriter;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.DatedEventRepository;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.Journal;
import dev.rapport.store.JournalDump;
import dev.rapport.store.ListRows;
import dev.rapport.store.CalendarSourceRepository;
import dev.rapport.store.MeetingRepository;
import dev.rapport.store.SettingsRepository;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The journal's side of every import and export: what the formats (dev.rapport.export) read from
 * the journal, and the writes that store an import, each all or nothing. The formats parse and
 * render; this is the one place they reach the journal, so export depends on logic and never the
 * other way round.
 */
public final class DataService {
    /** The setting that names this journal in calendar UIDs. */
    public static final String JOURNAL_ID = "journal.uuid";

    private final Journal journal;
    private final Clock clock;
    private final DatesService dates;
    private final JournalDump dump;
    private final ListRows lists;

    DataService(Journal journal, Clock clock, DatesService dates) {
        this.journal = journal;
        this.clock = clock;
        this.dates = dates;
        this.dump = new JournalDump(journal);
        this.lists = new ListRows(journal);
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- the whole journal (the JSON export) ----

    /** The journal's tables (for the check that the export covers every one). */
    public List<String> schemaTables() {
        return dump.schemaTables();
    }

    /** Row counts per table of the whole-journal export. */
    public Map<String, Long> counts() {
        return dump.counts();
    }

    public long writeWholeJournal(OutputStream out, LongConsumer progress) {
        return dump.write(out, progress);
    }

    /** Reads and checks a whole-journal document; nothing is stored yet. */
    public JournalDump.Document readWholeJournal(InputStream in) {
        return dump.read(in);
    }

    /** As {@link #readWholeJournal(InputStream)}, keeping only the counts: loading streams the rows from the file again. */
    public JournalDump.Document readWholeJournal(Path file) {
        return dump.read(file);
    }

    /** Stores a read document in one transaction; {@code replace} removes the journal's own rows first. */
    public void loadWholeJournal(JournalDump.Document document, boolean replace, LongConsumer progress) {
        dump.load(document, replace, progress);
    }

    // ---- lists and the calendar ----

    /** Every row of one list, the header first; returns how many rows. */
    public long eachListRow(DataList kind, boolean includePrivate, Consumer<List<String>> row) {
        return lists.each(kind, includePrivate, row);
    }

    /** Every person's emails after their first, as written: contact id → emails. */
    public Map<Long, List<String>> otherEmails() {
        return new ContactEmailRepository(journal).othersOfEveryone();
    }

    /** Promise due dates and problem target dates, for the calendar. */
    public List<ListRows.Dated> calendarItems() {
        return lists.calendarItems();
    }

    /** The dates that matter from {@code from} on, for {@code days} days. */
    public List<DatesService.Upcoming> upcomingDates(LocalDate from, int days) {
        return dates.upcoming(from, days);
    }

    /** The journal's settings, typed, with their defaults. */
    public dev.rapport.model.JournalSettings settings() {
        return dev.rapport.model.JournalSettings.read(new SettingsRepository(journal).all(), clock.getZone());
    }

    public Optional<String> setting(String key) {
        return new SettingsRepository(journal).get(key);
    }

    /**
     * This journal's id, given once by the schema and kept in the file, so the same journal has the
     * same id on every machine and its calendar items keep their UIDs.
     */
    public String journalId() {
        // Only an older journal opened read-only (so not yet upgraded) lacks one: derived from its place, not kept.
        return setting(JOURNAL_ID).orElseGet(
                () -> UUID.nameUUIDFromBytes(journal.file().toString().getBytes(StandardCharsets.UTF_8)).toString());
    }

    // ---- what an import is checked against ----

    public List<Client> clients() {
        return new ClientRepository(journal).all();
    }

    public List<Contact> contacts() {
        return new ContactRepository(journal).all();
    }

    /** The e-mail addresses the journal's people have already (an import skips them). */
    public Set<String> existingEmails() {
        return new ContactImportWriter(journal).existingEmails();
    }

    /** The calendar UIDs of the planned meetings (an import updates those instead of adding). */
    public Set<String> meetingUids() {
        return Set.copyOf(new MeetingRepository(journal).uids());
    }

    // ---- subscribed calendars ----

    public List<CalendarSource> calendarSources() {
        return new CalendarSourceRepository(journal).all();
    }

    public CalendarSource addCalendarSource(String secretRef, String shown) {
        return new CalendarSourceRepository(journal).add(secretRef, shown);
    }

    /** Removes the calendar and the meetings read from it. */
    public void removeCalendarSource(long id) {
        new CalendarSourceRepository(journal).remove(id);
    }

    /** The setting that holds the names the consultant gave subscribed calendars, one "reference TAB name" a line. */
    public static final String CALENDAR_NAMES = "subscribedCalendars.names";

    /** The names given to subscribed calendars, by the calendar's secret reference (never its address). */
    public Map<String, String> calendarNames() {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        new SettingsRepository(journal).get(CALENDAR_NAMES).ifPresent(stored -> stored.lines().forEach(line -> {
            int tab = line.indexOf('\t');
            if (tab > 0 && tab < line.length() - 1) {
                names.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }));
        return names;
    }

    /** Names the calendar kept under {@code secretRef}; a blank name takes the name away. */
    public void nameCalendar(String secretRef, String name) {
        Map<String, String> names = calendarNames();
        String clean = name == null ? "" : name.replaceAll("\\s+", " ").strip();
        if (clean.isEmpty()) {
            names.remove(secretRef);
        } else {
            names.put(secretRef, clean);
        }
        StringBuilder stored = new StringBuilder();
        names.forEach((ref, n) -> stored.append(ref).append('\t').append(n).append('\n'));
        new SettingsRepository(journal).put(CALENDAR_NAMES, stored.toString());
    }

    public void calendarUnchanged(long id, Instant at) {
        new CalendarSourceRepository(journal).unchanged(id, at);
    }

    public void calendarFailed(long id, Instant at, String key, List<String> args) {
        new CalendarSourceRepository(journal).failed(id, at, key, args);
    }

    /** A good read: the calendar's meetings from {@code keepBefore} on replaced, its validators kept, in one transaction. */
    public MeetingChanges calendarRead(long id, List<Meeting> meetings, Instant keepBefore, Instant at, String etag,
                                                   String lastModified) {
        return new MeetingRepository(journal).replaceFromSource(id, meetings, keepBefore, at, etag, lastModified);
    }

    // ---- storing an import, all or nothing ----

    /** Planned meetings by UID: new ones added, known ones updated. */
    public void storeMeetings(List<Meeting> meetings) {
        new MeetingRepository(journal).upsertAll(meetings);
    }

    /** New clients and their contacts (a contact's client id below zero names a new client by position). */
    /** New clients and people, each person's other emails beside them (the same order), in one transaction. */
    public void storeContacts(List<Client> newClients, List<Contact> contacts, List<List<String>> otherEmails) {
        new ContactImportWriter(journal).insert(newClients, contacts, otherEmails);
    }

    /** New clients, and people with their entries, dates and tags. */
    public void storePeople(List<Client> newClients, List<ImportedPerson> people) {
        ClientRepository clients = new ClientRepository(journal);
        ContactRepository contacts = new ContactRepository(journal);
        InteractionRepository interactions = new InteractionRepository(journal);
        DatedEventRepository datedEvents = new DatedEventRepository(journal);
        ClientTagRepository tags = new ClientTagRepository(journal);
        journal.inOneTransaction(() -> {
            Map<Long, Long> ids = new HashMap<>();
            for (int k = 0; k < newClients.size(); k++) {
                ids.put((long) -(k + 1), clients.save(newClients.get(k)).id());
            }
            Map<Long, Set<String>> clientTags = new HashMap<>();
            for (ImportedPerson p : people) {
                Contact c = p.contact();
                long clientId = c.clientId() < 0 ? ids.get(c.clientId()) : c.clientId();
                Contact saved = contacts.save(new Contact(0, clientId, c.name(), c.role(), c.email(),
                        c.phone(), c.preferredChannel(), c.timeZone(), c.notes(), c.contextCarrier()));
                for (ImportedPerson.Entry e : p.entries()) {
                    interactions.save(new Interaction(0, clientId, e.at(), e.channel(), e.title(), "", e.privateNotes(),
                            List.of(), null, List.of(saved.id())));
                }
                for (ImportedPerson.DateMark d : p.dates()) {
                    datedEvents.save(new DatedEvent(0, clientId, saved.id(), d.kind(), d.on(), d.label(), d.note()));
                }
                if (!p.tags().isEmpty()) {
                    clientTags.computeIfAbsent(clientId, k -> new TreeSet<>(tags.all().getOrDefault(k, List.of())))
                            .addAll(p.tags());
                }
            }
            clientTags.forEach(tags::setTags);
            return null;
        });
    }
}
