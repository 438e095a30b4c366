package dev.rapport.logic;

import dev.rapport.store.ChecklistRepository;
import dev.rapport.store.ClientRepository;
import dev.rapport.store.ClientTagRepository;
import dev.rapport.store.ContactMergeRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.ContactRoleRepository;
import dev.rapport.store.ContactTagRepository;
import dev.rapport.store.DatedEventRepository;
import dev.rapport.store.FollowUpRepository;
import dev.rapport.store.InteractionRepository;
import dev.rapport.store.MeetingRepository;
import dev.rapport.store.ProblemRepository;
import dev.rapport.store.PromiseRepository;
import dev.rapport.store.RequestRepository;
import dev.rapport.store.Journal;
import dev.rapport.store.ReviewRepository;
import dev.rapport.store.SearchRepository;
import dev.rapport.store.SettingsRepository;
import dev.rapport.store.SurveyRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * An open journal and the services over it: what the desktop app and the command line share.
 * Neither sees SQL; they see this.
 */
public final class JournalSession implements AutoCloseable {
    private final Journal journal;
    private final Clock clock;
    private final ClientService clients;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final ConversationService conversations;
    private final SearchService search;
    private final StatsService stats;
    private final SettingsService settings;
    private final LedgerService ledger;
    private final TodayService todayService;
    private final BackupService backups;
    private final HealthService health;
    private final FollowUpService followUps;
    private final DuplicateService duplicates;
    private final ClientListService clientList;
    private final PeopleListService people;
    private final DatesService dates;
    private final NoticeService notices;
    private final ReportService reports;
    private final ClientReviewService clientReviews;
    private final MeetingService meetings;
    private final WriteUpService writeUps;
    private final JournalChanges changes;
    private final MailIntake mail;
    private final PersonMail personMail;
    private final MailReplies mailReplies;
    /** The journal's sync side while it takes part in a sync (null: it never did, or it is read-only). */
    private dev.rapport.store.sync.SyncJournal sync;

    private JournalSession(Journal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
        ClientRepository clientRepo = new ClientRepository(journal);
        ContactRepository contactRepo = new ContactRepository(journal);
        InteractionRepository interactionRepo = new InteractionRepository(journal);
        this.clients = new ClientService(clientRepo, clock);
        this.contacts = new ContactService(contactRepo, new ContactRoleRepository(journal), new ContactTagRepository(journal), clock);
        this.interactions = new InteractionService(interactionRepo);
        this.search = new SearchService(new SearchRepository(journal));
        this.stats = new StatsService(clientRepo, contactRepo, interactionRepo, clock);
        this.settings = new SettingsService(new SettingsRepository(journal), clock);
        this.ledger = new LedgerService(new PromiseRepository(journal), new ProblemRepository(journal),
                new RequestRepository(journal), settings, new dev.rapport.store.FigureRows(journal), clock);
        this.conversations = new ConversationService(journal, interactions, ledger, new dev.rapport.store.EntryItems(journal));
        this.backups = new BackupService(journal, clock);
        this.health = new HealthService(new ChecklistRepository(journal), new ReviewRepository(journal),
                new SurveyRepository(journal), clientRepo, settings, clock);
        this.followUps = new FollowUpService(health, ledger, new FollowUpRepository(journal), settings);
        this.dates = new DatesService(new DatedEventRepository(journal), clients, contactRepo, clock);
        this.meetings = new MeetingService(new MeetingRepository(journal), clock);
        this.writeUps = new WriteUpService(journal, new MeetingRepository(journal), new dev.rapport.store.WriteUpRepository(journal),
                conversations, clock);
        this.todayService = new TodayService(clients, ledger, new dev.rapport.store.TodayRows(journal), clock, followUps, dates,
                meetings, writeUps);
        this.notices = new NoticeService(clients, ledger, dates, settings, clock, writeUps);
        this.duplicates = new DuplicateService(contactRepo, new ContactMergeRepository(journal));
        this.clientList = new ClientListService(new ClientTagRepository(journal), new SettingsRepository(journal));
        this.people = new PeopleListService(contacts, clients, contactRepo, new ContactTagRepository(journal),
                new SettingsRepository(journal), clock);
        this.reports = new ReportService(clients, contacts, interactions, ledger, health, clock, meetings);
        this.clientReviews = new ClientReviewService(reports, ledger, health, followUps,
                new dev.rapport.store.ClientReviewRepository(journal), clock);
        this.changes = new JournalChanges(journal);
        this.personMail = new PersonMail(new dev.rapport.store.ContactEmailRepository(journal));
        this.mail = new MailIntake(journal, clients, contacts, personMail, conversations, ledger,
                new dev.rapport.store.MailRepository(journal), clock);
        this.mailReplies = new MailReplies(new dev.rapport.store.MailRepository(journal), ledger, contacts, personMail);
        // a journal that ever synced captures every write from its opening on, so none is missed between rounds
        if (!journal.isReadOnly() && dev.rapport.store.sync.SyncJournal.takenPart(journal)) {
            this.sync = dev.rapport.store.sync.SyncJournal.attach(journal, clock::millis);
        }
    }

    /** Opens a journal for reading and writing, creating it (and its folder) when missing. */
    public static JournalSession open(Path file) {
        return open(file, Clock.systemDefaultZone());
    }

    public static JournalSession open(Path file, Clock clock) {
        return new JournalSession(Journal.open(file), clock);
    }

    /** Opens an existing, up-to-date journal without taking the writer's lock (for read-only commands). */
    public static JournalSession openReadOnly(Path file) {
        return new JournalSession(Journal.open(file, true), Clock.systemDefaultZone());
    }

    /** Opens an encrypted journal (creating one when the file is missing); the caller clears the passphrase. */
    public static JournalSession openEncrypted(Path file, char[] passphrase) {
        return openEncrypted(file, passphrase, Clock.systemDefaultZone());
    }

    public static JournalSession openEncrypted(Path file, char[] passphrase, Clock clock) {
        return new JournalSession(Journal.openEncrypted(file, passphrase), clock);
    }

    /** Opens an existing encrypted journal for reading only, without the writer's lock. */
    public static JournalSession openEncryptedReadOnly(Path file, char[] passphrase) {
        return new JournalSession(Journal.openEncrypted(file, passphrase, true), Clock.systemDefaultZone());
    }

    /** True when the file is an encrypted journal, which needs its passphrase to open. */
    public static boolean isEncrypted(Path file) {
        return Journal.isEncrypted(file);
    }

    public boolean isEncrypted() {
        return journal.isEncrypted();
    }

    /** Seals the open encrypted journal under a new passphrase (new salt); see {@link EncryptionService}. */
    public void changePassphrase(char[] newPassphrase) {
        EncryptionService.requireStrongEnough(newPassphrase);
        journal.changePassphrase(newPassphrase);
    }

    /** True when the passphrase opens this encrypted journal (so it can be asked again before decrypting). */
    public boolean passphraseMatches(char[] passphrase) {
        return journal.passphraseMatches(passphrase);
    }

    /**
     * The store under the services, for bulk work that goes around them on purpose: the bench's
     * floors and the synthetic journal (dev.rapport.tools). The ui cannot reach it (ArchUnit).
     */
    public Journal journal() {
        return journal;
    }

    public Path file() {
        return journal.file();
    }

    /** True when changes are refused: opened for reading, or a file, folder or disk that cannot be written. */
    public boolean isReadOnly() {
        return journal.isReadOnly();
    }

    /**
     * Why a journal asked to open for writing opened read-only (its file, folder or disk cannot
     * be written), in the user's language; null when it opened as asked.
     */
    public String readOnlyNotice() {
        return journal.readOnlyNotice();
    }

    /** The rows of the journal that break a domain rule, each with its table, key, client, field and the rule's message. */
    public java.util.List<dev.rapport.model.RuleBreach> check() {
        return new dev.rapport.store.JournalCheck(journal).breaches();
    }

    /** How many rows breaking the domain's rules have been left out of what this session read (lists, figures). */
    public int leftOut() {
        return journal.leftOut();
    }

    public String displayName() {
        return journal.file().getFileName().toString();
    }

    public int schemaVersion() {
        return journal.schemaVersion();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Clock clock() {
        return clock;
    }

    public ClientService clients() {
        return clients;
    }

    public ContactService contacts() {
        return contacts;
    }

    /** An entry saved with the promises, requests and problems of its conversation. */
    /** Mail read in: entries, requests and reply times from .eml and .msg messages. */
    public MailIntake mail() {
        return mail;
    }

    /** A person's emails and preferred language. */
    public PersonMail personMail() {
        return personMail;
    }

    /** Replies handed to the mail program, in the person's language. */
    public MailReplies mailReplies() {
        return mailReplies;
    }

    public ConversationService conversations() {
        return conversations;
    }

    public InteractionService interactions() {
        return interactions;
    }

    public SearchService search() {
        return search;
    }

    public StatsService stats() {
        return stats;
    }

    public BackupService backups() {
        return backups;
    }

    /** The full check of the open journal: "ok" when sound. Reads every page, so keep it off the FX thread. */
    public String quickCheck() {
        return journal.quickCheck();
    }

    /** Deletes a client with its people and entries; the returned snapshot can bring it back this session. */
    public ClientSnapshot deleteClient(long clientId) {
        return journal.inOneTransaction(() -> {
            ClientSnapshot snapshot = ClientSnapshot.take(this, journal, clientId);
            clients.delete(clientId);
            return snapshot;
        });
    }

    /** Undoes {@link #deleteClient}: the client and everything that went with it return, ids included. */
    public dev.rapport.model.Client undoDelete(ClientSnapshot snapshot) {
        return snapshot.restoreInto(this, journal);
    }

    /** Runs many changes as one transaction: all are stored, or none. */
    public <T> T inOneTransaction(java.util.function.Supplier<T> work) {
        return journal.inOneTransaction(work);
    }

    /** The journal's settings: {@code settings().current()} is every typed setting with its default. */
    public SettingsService settings() {
        return settings;
    }

    /** Promises, problems and requests, with their figures. */
    public LedgerService ledger() {
        return ledger;
    }

    /** What needs the consultant now. */
    public TodayService todayList() {
        return todayService;
    }

    public HealthService health() {
        return health;
    }

    /** The journal's side of data in and out; the formats (dev.rapport.export.DataExchange) are built on it. */
    public DataService data() {
        return new DataService(journal, clock, dates);
    }

    /** Close the loop: follow-ups opened by detractors' and dropped survey answers, and recovery. */
    public FollowUpService followUps() {
        return followUps;
    }

    /** Likely duplicate contacts, merge and undo. */
    public DuplicateService duplicates() {
        return duplicates;
    }

    /** The client list's tags, filters, saved views and bulk changes. */
    public ClientListService clientList() {
        return clientList;
    }

    /** The people list: filters, saved views, tags and bulk tag changes. */
    public PeopleListService people() {
        return people;
    }

    /** Dates that matter, and the upcoming ones (what a calendar export can use). */
    public DatesService dates() {
        return dates;
    }

    /** Desktop notices, each once while the app runs. */
    public NoticeService notices() {
        return notices;
    }

    /** Planned meetings from the calendar, and which of this week's still need their brief. */
    public MeetingService meetings() {
        return meetings;
    }

    /** Ended meetings waiting to be written up, and writing them up (issue 23). */
    public WriteUpService writeUps() {
        return writeUps;
    }

    /** What goes into a meeting brief and a client summary. */
    public ReportService reports() {
        return reports;
    }

    /** The client review (issue 21): the document's content, its headline and the asks of the client. */
    public ClientReviewService clientReviews() {
        return clientReviews;
    }

    /** The change notice: what each committed write changed, for screens to follow. */
    public JournalChanges changes() {
        return changes;
    }

    /** The journal's sync side, taking part from now on (the first time, all its rows are published once). */
    public synchronized dev.rapport.store.sync.SyncJournal sync() {
        if (sync == null) {
            sync = dev.rapport.store.sync.SyncJournal.attach(journal, clock::millis);
        }
        return sync;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (sync != null) {
                sync.detach();
                sync = null;
            }
        }
        changes.clear();
        journal.close();
    }
}
