package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Limits;
import dev.rapport.model.MailMessage;
import dev.rapport.model.MailMessage.Address;
import dev.rapport.model.Person;
import dev.rapport.model.RapportException;
import dev.rapport.model.Request;
import dev.rapport.store.Journal;
import dev.rapport.store.MailRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a mail message becomes (issue 17). The rules:
 * <ul>
 * <li><b>Who it is.</b> Every address is matched to a person by any of their emails, case ignored. An unknown
 *     address at a client's own domain (a domain of its people's emails, public mail services left out)
 *     is offered as a new person of that client; a message with no known address and no client's
 *     domain waits in the unmatched list (remembered; a later import that matches takes it; assigned to a
 *     person, it is imported as theirs and its address becomes theirs). Mail dropped on a client's page
 *     (or a person) with no one known in it is taken to be from that client (that person), and its
 *     sender is offered as a new person there (as one more address of theirs).</li>
 * <li><b>Direction.</b> Written by the client's side when the sender is a known person or at a client's
 *     domain; otherwise it is the consultant's own mail to the client.</li>
 * <li><b>Entries.</b> For each client whose people (or domain) took part: one email entry at the Date
 *     header's instant, in this machine's zone (the sender's offset says where their clock was, not where
 *     the journal was written), the subject as title, the people matched, the text shortened into the
 *     <em>private</em> notes (never the shareable summary). It counts as a contact like any entry.</li>
 * <li><b>Requests.</b> A message from the client that asks something (a question mark in what they
 *     wrote, quotes of earlier mail left out) is a request received at its instant, with the questions
 *     the {@link Questions} splitter proposes, numbered; accepted at once or kept as a proposal.</li>
 * <li><b>Replies.</b> The consultant's replies to it (In-Reply-To, else References; through the
 *     consultant's own earlier replies, never through another client message) time the request per
 *     DOMAIN §7: the first reply acknowledges, the last one so far answers (one reply does both, an
 *     answer being also an acknowledgement). An auto-reply is never either. An earlier acknowledgement
 *     typed by hand stays; the order the files are read in does not matter.</li>
 * <li>A mailing-list message is left out; the same message (Message-ID, else a digest of its
 *     headers) is never imported twice. Each message is stored whole or not at all.</li>
 * </ul>
 */
public final class MailIntake {
    /** Mail services anyone can have an address at: never a client's domain. */
    private static final Set<String> PUBLIC_DOMAINS = Set.of("gmail.com", "googlemail.com", "outlook.com", "hotmail.com",
            "live.com", "msn.com", "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
            "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.ru", "yandex.ru", "ya.ru", "ukr.net", "i.ua", "meta.ua", "inbox.lt",
            "one.lt", "gmail.lt", "yahoo.ro", "zoho.com", "fastmail.com", "tutanota.com", "mail.com");
    /** How much of a message's own text the private notes keep. */
    static final int NOTES_LENGTH = 4_000;
    private static final int MAX_QUESTIONS = 20;

    /** What happened to one message. */
    public enum Status { IMPORTED, ALREADY_IMPORTED, UNMATCHED, MAILING_LIST }

    /** A request proposed from a message, or one that was accepted. */
    public enum RequestState { NONE, PROPOSED, ACCEPTED }

    /**
     * An address no person has, at a client's domain or from mail dropped on a client's page:
     * offered as a new person of that client; or, from mail dropped on a person, offered as one more
     * email of that person ({@code contactId}). {@code key} is the message it came in.
     */
    public record Offer(String email, String name, long clientId, String clientName, Long contactId, String key) {
        /** The name the new person would get: the one written beside the address, else the address. */
        public String personName() {
            return name.isBlank() ? email : name;
        }
    }

    /**
     * Where mail was dropped: on a client's page, or on a person (then {@code contactId}). An
     * unknown sender of mail with nobody else known is taken to be at that client (or that person).
     */
    public record Context(long clientId, Long contactId) {
        public static Context client(long clientId) {
            return new Context(clientId, null);
        }

        public static Context person(long clientId, long contactId) {
            return new Context(clientId, contactId);
        }
    }

    /** One message's result. {@code timedRequests} are the requests this reply acknowledged or answered. */
    public record Outcome(String source, String key, Status status, boolean fromClient, List<String> clients,
                          RequestState request, List<String> questions, List<Long> timedRequests, List<Offer> offers,
                          boolean dateFromFile, boolean autoReply) {
        public Outcome {
            clients = List.copyOf(clients);
            questions = List.copyOf(questions);
            timedRequests = List.copyOf(timedRequests);
            offers = List.copyOf(offers);
        }
    }

    /** A request proposed from mail and not accepted yet. */
    public record Proposal(String key, long clientId, String clientName, String subject, Instant receivedAt,
                           List<String> questions) {
    }

    private final Journal journal;
    private final ClientService clients;
    private final ContactService contacts;
    private final PersonMail personMail;
    private final ConversationService conversations;
    private final LedgerService ledger;
    private final MailRepository mail;
    private final Clock clock;

    MailIntake(Journal journal, ClientService clients, ContactService contacts, PersonMail personMail,
               ConversationService conversations, LedgerService ledger, MailRepository mail, Clock clock) {
        this.journal = journal;
        this.clients = clients;
        this.contacts = contacts;
        this.personMail = personMail;
        this.conversations = conversations;
        this.ledger = ledger;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Takes the messages in the order they were sent, each whole or not at all (one commit for the batch). A message the
     * journal refuses (a rule it breaks) is reported through {@code refused} with its source and
     * leaves nothing behind. A dry run does all of it and then undoes all of it.
     */
    public List<Outcome> take(List<MailMessage> messages, boolean acceptRequests, boolean dryRun,
                              java.util.function.BiConsumer<MailMessage, RapportException> refused) {
        return take(messages, acceptRequests, dryRun, refused, null);
    }

    /** As {@link #take(List, boolean, boolean, java.util.function.BiConsumer)}, the mail dropped where {@code context} says (null: anywhere). */
    public List<Outcome> take(List<MailMessage> messages, boolean acceptRequests, boolean dryRun,
                              java.util.function.BiConsumer<MailMessage, RapportException> refused, Context context) {
        List<MailMessage> ordered = new ArrayList<>(messages);
        ordered.sort(Comparator.comparing(MailMessage::sent).thenComparing(MailMessage::key));
        // One commit for the batch, each message a part of it that is kept whole or undone alone.
        try {
            return journal.inOneTransaction(() -> {
                List<Outcome> out = new ArrayList<>();
                Directory dir = new Directory();
                for (MailMessage m : ordered) {
                    try {
                        out.add(journal.part(() -> takeOne(m, acceptRequests, dir, context)));
                    } catch (RapportException e) {
                        refused.accept(m, e);
                    }
                }
                if (dryRun) {
                    throw new Undo(out);
                }
                return out;
            });
        } catch (Undo undo) {
            return undo.outcomes;
        }
    }

    /** Carries a dry run's outcomes out of the transaction it rolls back. */
    private static final class Undo extends RuntimeException {
        private final transient List<Outcome> outcomes;

        Undo(List<Outcome> outcomes) {
            super(null, null, false, false);
            this.outcomes = outcomes;
        }
    }

    /** Everyone's addresses and the clients' domains, as the journal has them now. */
    private final class Directory {
        final Map<String, Contact> byEmail = new HashMap<>();
        final Map<String, Set<Long>> clientsByDomain = new HashMap<>();

        Directory() {
            Map<Long, List<String>> emails = personMail.everyone();
            for (Person p : contacts.people()) {
                Contact c = p.contact();
                for (String email : emails.getOrDefault(c.id(), List.of())) {
                    byEmail.putIfAbsent(email, c);
                    String domain = new Address("", email).domain();
                    if (!domain.isEmpty() && !PUBLIC_DOMAINS.contains(domain)) {
                        clientsByDomain.computeIfAbsent(domain, d -> new TreeSet<>()).add(c.clientId());
                    }
                }
            }
        }

        Optional<Contact> person(Address a) {
            return Optional.ofNullable(byEmail.get(a.email()));
        }

        /** The one client whose domain the address is at, if exactly one. */
        Optional<Long> clientOfDomain(Address a) {
            Set<Long> ids = clientsByDomain.get(a.domain());
            return ids != null && ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
        }
    }

    private Outcome takeOne(MailMessage m, boolean acceptRequests, Directory dir, Context context) {
        Optional<MailRepository.Row> known = mail.find(m.key());
        if (known.isPresent()) {
            RequestState state = RequestState.NONE;
            List<String> accepted = List.of();
            if (acceptRequests && known.get().proposedQuestions() != null) {
                accepted = accept(known.get()).questions();
                state = RequestState.ACCEPTED;
            }
            return new Outcome(m.source(), m.key(), Status.ALREADY_IMPORTED, known.get().fromClient(), List.of(), state,
                    accepted, List.of(), List.of(), m.dateFromFile(), known.get().auto());
        }
        if (m.mailingList()) {
            return new Outcome(m.source(), m.key(), Status.MAILING_LIST, false, List.of(), RequestState.NONE, List.of(), List.of(),
                    List.of(), m.dateFromFile(), m.autoReply());
        }
        // Who took part, per client: the people matched, and the addresses at the client's domain nobody has.
        Map<Long, List<Long>> peopleByClient = new LinkedHashMap<>();
        Map<String, Offer> offers = new LinkedHashMap<>();
        List<Address> everyone = new ArrayList<>();
        everyone.add(m.from());
        everyone.addAll(m.recipients());
        for (Address a : everyone) {
            Optional<Contact> c = dir.person(a);
            if (c.isPresent()) {
                peopleByClient.computeIfAbsent(c.get().clientId(), id -> new ArrayList<>()).add(c.get().id());
            } else {
                Optional<Long> client = dir.clientOfDomain(a);
                if (client.isPresent()) {
                    peopleByClient.computeIfAbsent(client.get(), id -> new ArrayList<>());
                    offers.putIfAbsent(a.email(), new Offer(a.email(), a.name(), client.get(), clients.get(client.get()).name(), null,
                            m.key()));
                }
            }
        }
        Optional<Contact> sender = dir.person(m.from());
        if (context != null && sender.isEmpty() && dir.clientOfDomain(m.from()).isEmpty() && peopleByClient.isEmpty()
                && !m.from().email().isEmpty()) {
            // dropped on a client's page or a person: the unknown sender is theirs
            Client at = clients.get(context.clientId());
            if (context.contactId() != null) {
                sender = contacts.find(context.contactId());
            }
            peopleByClient.computeIfAbsent(at.id(), id -> new ArrayList<>());
            sender.ifPresent(c -> peopleByClient.get(at.id()).add(c.id()));
            offers.putIfAbsent(m.from().email(), new Offer(m.from().email(), m.from().name(), at.id(), at.name(),
                    sender.map(Contact::id).orElse(null), m.key()));
        }
        if (peopleByClient.isEmpty()) {
            if (!mail.isUnmatched(m.key())) {
                mail.addUnmatched(unmatched(m));
            }
            return new Outcome(m.source(), m.key(), Status.UNMATCHED, false, List.of(), RequestState.NONE, List.of(), List.of(),
                    List.of(), m.dateFromFile(), m.autoReply());
        }
        mail.removeUnmatched(m.key());
        Long senderClient = sender.map(Contact::clientId).orElse(dir.clientOfDomain(m.from())
                .orElse(context != null && offers.containsKey(m.from().email()) ? context.clientId() : null));
        boolean fromClient = senderClient != null;
        String ownText = ownText(m.body());
        List<String> questions = fromClient && !m.autoReply() ? questions(ownText) : List.of();
        RequestState state = questions.isEmpty() ? RequestState.NONE : acceptRequests ? RequestState.ACCEPTED : RequestState.PROPOSED;

        ZoneId zone = clock.getZone();
        ZonedDateTime moment = ZonedDateTime.ofInstant(m.sent(), zone);
        String notes = notes(m, ownText);
        List<String> clientNames = new ArrayList<>();
        Long mainEntry = null;
        Long requestId = null;
        long mainClient = fromClient ? senderClient : peopleByClient.keySet().iterator().next();
        for (Map.Entry<Long, List<Long>> e : peopleByClient.entrySet()) {
            Client client = clients.get(e.getKey());
            clientNames.add(client.name());
            Interaction entry = new Interaction(0, client.id(), moment, Channel.EMAIL, title(m.subject()), "", notes, List.of(),
                    null, e.getValue());
            List<Request> requests = e.getKey() == mainClient && state == RequestState.ACCEPTED
                    ? List.of(request(client.id(), sender.map(Contact::id).orElse(null), m, questions, zone)) : List.of();
            ConversationService.Logged logged = conversations.save(entry, List.of(), requests, List.of());
            if (e.getKey() == mainClient) {
                mainEntry = logged.entry().id();
                requestId = logged.requests().isEmpty() ? null : logged.requests().get(0).id();
            }
        }
        mail.insert(new MailRepository.Row(m.key(), m.messageId(), m.inReplyTo(), String.join(" ", m.references()), fromClient,
                m.autoReply(), m.sent(), mainClient, sender.map(Contact::id).orElse(null), mainEntry, requestId,
                truncate(m.subject(), Limits.NAME), state == RequestState.PROPOSED ? String.join("\n", questions) : null));

        List<Long> timed = new ArrayList<>();
        if (requestId != null) {
            if (time(mail.find(m.key()).orElseThrow())) {
                timed.add(requestId);
            }
        } else if (!fromClient && !m.autoReply()) {
            target(mail.find(m.key()).orElseThrow(), 0).filter(t -> t.requestId() != null).ifPresent(t -> {
                if (time(t)) {
                    timed.add(t.requestId());
                }
            });
        }
        return new Outcome(m.source(), m.key(), Status.IMPORTED, fromClient, clientNames, state, questions, timed,
                List.copyOf(offers.values()), m.dateFromFile(), m.autoReply());
    }

    /** Every address the journal knows a person by, lower case: what a mail server is searched for. */
    public Set<String> knownAddresses() {
        return Set.copyOf(new Directory().byEmail.keySet());
    }

    /** The requests proposed from mail and not accepted yet, oldest first. */
    public List<Proposal> proposals() {
        List<Proposal> out = new ArrayList<>();
        for (MailRepository.Row r : mail.proposals()) {
            if (r.clientId() == null) {
                continue;
            }
            out.add(new Proposal(r.key(), r.clientId(), clients.find(r.clientId()).map(Client::name).orElse(""), r.subject(),
                    r.sent(), List.of(r.proposedQuestions().split("\n"))));
        }
        return out;
    }

    /** Accepts a proposed request: stored, linked to its entry, and timed by the replies the journal already has. */
    public Request accept(String key) {
        return journal.inOneTransaction(() -> accept(mail.find(key)
                .orElseThrow(() -> new RapportException(I18n.t("mail.error.noProposal")))));
    }

    private Request accept(MailRepository.Row row) {
        if (row.proposedQuestions() == null || row.clientId() == null) {
            throw new RapportException(I18n.t("mail.error.noProposal"));
        }
        Request r = new Request(0, row.clientId(), row.contactId(), row.sent(), Channel.EMAIL, requestSubject(row.subject()),
                List.of(row.proposedQuestions().split("\n")), null, null, List.of(), false, clock.getZone());
        Request saved = ledger.save(r);
        if (row.interactionId() != null) {
            new dev.rapport.store.EntryItems(journal).link(dev.rapport.store.EntryItems.Kind.REQUEST, saved.id(), row.interactionId());
        }
        mail.accepted(row.key(), saved.id());
        time(mail.find(row.key()).orElseThrow());
        return ledger.request(saved.id());
    }

    /** A message no known address matched, waiting to be assigned or ignored. */
    public record Waiting(String key, String sender, String subject, Instant sent, String source) {
    }

    /** The unmatched mail waiting to be assigned or ignored, oldest first. */
    public List<Waiting> unmatched() {
        return mail.unmatched().stream().map(u -> new Waiting(u.key(), u.sender(), u.subject(), u.sent(), u.source())).toList();
    }

    public void ignore(String key) {
        journal.inOneTransaction(() -> {
            mail.ignore(key);
            return null;
        });
    }

    /**
     * Assigns a waiting message to a person: its sender's address becomes one of theirs and the
     * message is imported as theirs, as if it had come in now (its Date stays). All of it or nothing.
     */
    public Outcome assign(String key, long contactId) {
        return journal.inOneTransaction(() -> {
            MailRepository.Unmatched u = mail.unmatched(key).orElseThrow(() -> new RapportException(I18n.t("mail.error.noUnmatched")));
            MailMessage m = message(u);
            Contact person = contacts.find(contactId).orElseThrow(() -> new RapportException(I18n.t("validation.store.contactGone")));
            if (!m.from().email().isEmpty()) {
                personMail.addEmail(person.id(), m.from().email());
            }
            Outcome out = takeOne(m, false, new Directory(), Context.person(person.clientId(), person.id()));
            mail.removeUnmatched(key);
            return out;
        });
    }

    /**
     * Takes an offer: a new person of the client with the address (or, offered for a person, the
     * address added to them), who then joins the message's entry, and is its sender when they sent it.
     */
    public Contact takeOffer(Offer offer) {
        return journal.inOneTransaction(() -> {
            Contact person;
            if (offer.contactId() != null) {
                person = contacts.find(offer.contactId()).orElseThrow(() -> new RapportException(I18n.t("validation.store.contactGone")));
                personMail.addEmail(person.id(), offer.email());
            } else {
                person = dir().person(new Address("", offer.email())).orElse(null);
                if (person == null) {
                    person = contacts.save(new Contact(0, offer.clientId(), truncate(offer.personName(), Limits.NAME), "", offer.email(), "",
                            Channel.EMAIL, "", "", false));
                }
            }
            boolean sender = mail.find(offer.key()).map(r -> r.contactId() == null && r.fromClient()).orElse(false);
            mail.joinPerson(offer.key(), person.id(), sender);
            return person;
        });
    }

    private Directory dir() {
        return new Directory();
    }

    /** What a waiting message keeps: everything its import needs, the text as the writer wrote it. */
    private static MailRepository.Unmatched unmatched(MailMessage m) {
        return new MailRepository.Unmatched(m.key(), m.from().toString(), m.subject(), m.sent(), m.source(), m.messageId(), m.inReplyTo(),
                String.join(" ", m.references()), String.join("\n", m.recipients().stream().map(Address::toString).toList()),
                truncate(ownText(m.body()), Limits.LONG_TEXT), String.join("\n", m.attachments()), m.autoReply(), m.dateFromFile());
    }

    /** The message a waiting row stands for (a row kept before schema 14 has no text and no recipients). */
    private static MailMessage message(MailRepository.Unmatched u) {
        List<Address> to = u.recipients().isBlank() ? List.of() : u.recipients().lines().map(MailIntake::address).toList();
        List<String> refs = u.refs().isBlank() ? List.of() : List.of(u.refs().split(" "));
        List<String> attachments = u.attachments().isBlank() ? List.of() : u.attachments().lines().toList();
        return new MailMessage(u.key(), u.messageId(), u.inReplyTo(), refs, address(u.sender()), to, List.of(), u.subject(), u.sent(),
                u.dateFromFile(), u.body(), attachments, u.auto(), false, u.source());
    }

    /** "Name <address>" or a bare address, as {@link Address#toString()} writes them. */
    static Address address(String written) {
        String w = written.strip();
        int open = w.lastIndexOf('<');
        if (open >= 0 && w.endsWith(">")) {
            return new Address(w.substring(0, open), w.substring(open + 1, w.length() - 1));
        }
        return new Address("", w);
    }

    private static Request request(long clientId, Long contactId, MailMessage m, List<String> questions, ZoneId zone) {
        return new Request(0, clientId, contactId, m.sent(), Channel.EMAIL, requestSubject(m.subject()), questions, null, null,
                List.of(), false, zone);
    }

    /**
     * Sets the request's acknowledged and answered times from the consultant's replies to its message
     * (DOMAIN §7): the first reply acknowledges, the last answers; returns whether anything changed.
     */
    private boolean time(MailRepository.Row requestRow) {
        if (requestRow.requestId() == null || requestRow.messageId() == null) {
            return false;
        }
        Request r = ledger.request(requestRow.requestId());
        Instant received = r.receivedAt();
        List<Instant> replies = new ArrayList<>();
        for (MailRepository.Row reply : mail.referring(requestRow.messageId())) {
            if (reply.fromClient() || reply.auto()) {
                continue;
            }
            Optional<MailRepository.Row> target = target(reply, 0);
            Instant at = reply.sent().truncatedTo(ChronoUnit.MINUTES);
            if (target.isPresent() && target.get().key().equals(requestRow.key()) && !at.isBefore(received)) {
                replies.add(at);
            }
        }
        if (replies.isEmpty()) {
            return false;
        }
        Instant first = replies.stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant last = replies.stream().max(Comparator.naturalOrder()).orElseThrow();
        Instant ack = r.acknowledgedAt() == null || first.isBefore(r.acknowledgedAt()) ? first : r.acknowledgedAt();
        Instant answered = r.answeredAt() == null || last.isAfter(r.answeredAt()) ? last : r.answeredAt();
        if (ack.equals(r.acknowledgedAt()) && answered.equals(r.answeredAt())) {
            return false;
        }
        ledger.save(r.acknowledged(ack).answered(answered, r.answers(), r.askedAnythingElse()));
        return true;
    }

    /**
     * The client message a reply answers: the message it replies to (In-Reply-To, else the nearest
     * known of its References), walking up through the consultant's own earlier mail; empty when
     * it replies to nothing the journal has.
     */
    private Optional<MailRepository.Row> target(MailRepository.Row reply, int depth) {
        if (depth > 50) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        if (reply.inReplyTo() != null) {
            candidates.add(reply.inReplyTo());
        }
        List<String> refs = reply.refs().isBlank() ? List.of() : List.of(reply.refs().split(" "));
        for (int i = refs.size() - 1; i >= 0; i--) {
            candidates.add(refs.get(i));
        }
        for (String id : new LinkedHashSet<>(candidates)) {
            if (id.equals(reply.messageId())) {
                continue;
            }
            Optional<MailRepository.Row> parent = mail.byMessageId(id);
            if (parent.isPresent()) {
                return parent.get().fromClient() ? parent : target(parent.get(), depth + 1);
            }
        }
        return Optional.empty();
    }

    /** What the writer wrote in this message: quoted earlier mail and the signature left out. */
    static String ownText(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\\R", -1)) {
            String t = line.strip();
            if (t.equals("--") || t.startsWith("-----Original Message") || t.startsWith("-----Ursprüngliche Nachricht")
                    || t.matches("(?iu)^(on|am|le|el|в|у|pe|\\d).{0,200}(wrote|schrieb|a écrit|escribió|написал|написала|написав"
                    + "|написала|пише|писал|rašė|a scris)\\s*:$")
                    || t.matches("(?iu)^-{2,}\\s*(original message|исходное сообщение|оригінальне повідомлення|originalus laiškas"
                    + "|mesaj original)\\s*-{2,}$")) {
                break;
            }
            if (t.startsWith(">")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString().replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The questions a client's text asks; none when it asks nothing (no question mark). */
    static List<String> questions(String ownText) {
        if (ownText.indexOf('?') < 0 && ownText.indexOf('？') < 0) {
            return List.of();
        }
        List<String> split = Questions.split(ownText);
        List<String> out = new ArrayList<>();
        for (String q : split) {
            String clean = truncate(q.strip().replaceAll("\\s+", " "), Limits.LONG_TEXT);
            if (!clean.isEmpty() && out.size() < MAX_QUESTIONS) {
                out.add(clean);
            }
        }
        return out;
    }

    /** The private notes: the writer's own text, shortened at a word, then the attachments' names and how the time was found. */
    static String notes(MailMessage m, String ownText) {
        StringBuilder b = new StringBuilder(shorten(ownText, NOTES_LENGTH));
        if (!m.attachments().isEmpty()) {
            b.append(b.length() == 0 ? "" : "\n\n").append(I18n.t("mail.notes.attachments", String.join(", ", m.attachments())));
        }
        if (m.dateFromFile()) {
            b.append(b.length() == 0 ? "" : "\n").append(I18n.t("mail.notes.noDate"));
        }
        return b.toString();
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        cut = cut < max / 2 ? max - 1 : cut;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "…";
    }

    private static String title(String subject) {
        String s = subject.strip();
        return truncate(s.isEmpty() ? I18n.t("mail.noSubject") : s, Limits.NAME);
    }

    /** The subject without its Re:/Fwd: prefixes (in the languages mail programs write them). */
    static String requestSubject(String subject) {
        String s = subject.strip();
        String before;
        do {
            before = s;
            s = s.replaceFirst("(?iu)^(re|fwd?|aw|wg|sv|vs|tr|odp|ats|persiųsta|отв|ответ|відп|fw)\\s*(\\[\\d+])?\\s*:\\s*", "");
        } while (!s.equals(before));
        return truncate(s, Limits.NAME);
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, cut);
    }
}
