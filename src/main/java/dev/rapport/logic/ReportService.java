package dev.rapport.logic;

import dev.rapport.model.AttributeState;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.Period;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.PromiseResult;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.WorkingHours;
import dev.rapport.store.SafeFiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Assembles what goes into a meeting brief and a client summary, as plain records for the
 * renderers in {@code dev.rapport.export}, and writes their files whole or not at all.
 */
public final class ReportService {
    /** How many recent interactions and weak attributes a brief shows. */
    public static final int RECENT = 5;
    public static final int WEAKEST = 3;

    private final ClientService clients;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final LedgerService ledger;
    private final HealthService health;
    private final Clock clock;
    private final MeetingService meetings;

    ReportService(ClientService clients, ContactService contacts, InteractionService interactions, LedgerService ledger,
                  HealthService health, Clock clock, MeetingService meetings) {
        this.meetings = meetings;
        this.clients = clients;
        this.contacts = contacts;
        this.interactions = interactions;
        this.ledger = ledger;
        this.health = health;
        this.clock = clock;
    }

    /** The brief for a client's next conversation, with every person of the client. */
    public Brief brief(long clientId) {
        return brief(clientId, null, null);
    }

    /**
     * The brief for a meeting (at may be null) with the chosen people (null or empty: all the
     * client's people, the context carrier first).
     */
    public Brief brief(long clientId, LocalDateTime meetingAt, Collection<Long> attending) {
        Client client = clients.get(clientId);
        LocalDate today = LocalDate.now(clock);
        List<Promise> open = ledger.promises(clientId).stream().filter(p -> p.outcome() == PromiseOutcome.OPEN)
                .sorted(Comparator.comparing((Promise p) -> p.isOverdue(today) ? 0 : 1).thenComparing(Promise::due)
                        .thenComparing(Promise::id))
                .toList();
        int overdue = (int) open.stream().filter(p -> p.isOverdue(today)).count();
        List<Problem> problems = ledger.problems(clientId).stream().filter(Problem::isOpen)
                .sorted(Comparator.comparing(Problem::severity).reversed()
                        .thenComparing(p -> p.target() == null ? LocalDate.MAX : p.target())
                        .thenComparing(Problem::raisedOn))
                .toList();
        List<Request> unanswered = ledger.requests(clientId).stream().filter(r -> r.answeredAt() == null)
                .sorted(Comparator.comparing(Request::receivedAt)).toList();
        List<Brief.Recent> recent = new ArrayList<>();
        for (JournalEntry e : interactions.forClient(clientId, RECENT, 0)) {
            var i = e.interaction();
            recent.add(new Brief.Recent(i.occurredAt(), i.channel(), i.title(), i.summary(), e.contactNames()));
        }
        List<Brief.Weak> weak = new ArrayList<>();
        for (AttributeState s : health.attributeStates(clientId)) {
            if (weak.size() == WEAKEST || s.neverReviewed() || s.score() == null || s.score() >= 2.0) {
                continue;
            }
            weak.add(new Brief.Weak(s.item().name(), s.latest().label(), s.latestOn(), s.item().prompt(), s));
        }
        String question = health.activeQuestion(today).map(q -> q.text()).orElse("");
        List<Contact> all = contacts.forClient(clientId);
        List<Contact> chosen = attending == null || attending.isEmpty() ? all
                : all.stream().filter(c -> attending.contains(c.id())).toList();
        List<Brief.Person> people = chosen.stream()
                .sorted(Comparator.comparing((Contact c) -> c.contextCarrier() ? 0 : 1).thenComparing(Contact::name))
                .map(c -> new Brief.Person(c.name(), c.role(), c.preferredChannel(), c.timeZone(), c.notes(), c.contextCarrier()))
                .toList();
        return new Brief(client, today, ledger.workingHours().zone(), meetingAt, open, overdue, problems, unanswered, recent, weak, question, people,
                nextMeeting(clientId, all));
    }

    /** How far ahead a brief looks for the next meeting (as far as a subscribed calendar is read). */
    static final Duration NEXT_MEETING_AHEAD = Duration.ofDays(31);

    /** The client's next meeting that has not begun: one at the client, or with any of its people invited. */
    private Brief.Coming nextMeeting(long clientId, List<Contact> people) {
        if (meetings == null) {
            return null;
        }
        Map<Long, String> names = new HashMap<>();
        people.forEach(c -> names.put(c.id(), c.name()));
        Instant now = clock.instant();
        for (dev.rapport.model.Meeting m : meetings.between(now, now.plus(NEXT_MEETING_AHEAD))) {
            List<String> with = m.contactIds().stream().filter(names::containsKey).map(names::get).toList();
            if (m.clientId() == clientId || !with.isEmpty()) {
                return new Brief.Coming(m.title(), m.starts(), with);
            }
        }
        return null;
    }

    /** The client-facing summary of one client over an inclusive period. */
    public ClientSummary summary(long clientId, Period period) {
        Client client = clients.get(clientId);
        LocalDate from = period.from();
        LocalDate to = period.to();
        List<ClientSummary.Update> updates = new ArrayList<>();
        for (JournalEntry e : interactions.page(new JournalFilter(clientId, null, null, from, to), 10_000, 0)) {
            var i = e.interaction();
            if (!i.summary().isBlank()) {
                updates.add(new ClientSummary.Update(i.occurredAt().toLocalDate(), i.title(), i.summary()));
            }
        }
        updates.sort(Comparator.comparing(ClientSummary.Update::on));

        List<ClientSummary.PromiseLine> promises = new ArrayList<>();
        for (Promise p : ledger.promises(clientId)) {
            boolean made = period.contains(p.madeOn());
            boolean decided = p.decidedOn() != null && period.contains(p.decidedOn());
            if (!made && !decided || p.outcome() == PromiseOutcome.CANCELLED && !made) {
                continue;
            }
            promises.add(new ClientSummary.PromiseLine(p.what(), p.madeOn(), p.due(), state(p),
                    decided ? p.decidedOn() : null, p.exceeded(), p.otherDimension(), p.isKept() ? p.reportNote() : ""));
        }
        promises.sort(Comparator.comparing(ClientSummary.PromiseLine::madeOn));

        List<ClientSummary.ProblemLine> problems = new ArrayList<>();
        for (Problem p : ledger.problems(clientId)) {
            boolean raised = period.contains(p.raisedOn());
            boolean closed = p.resolvedOn() != null && period.contains(p.resolvedOn());
            if (!raised && !closed) {
                continue;
            }
            boolean resolvedInPeriod = closed && p.status() == ProblemStatus.RESOLVED;
            problems.add(new ClientSummary.ProblemLine(p.description(), p.raisedOn(), p.raisedBy(), p.consequences(),
                    p.measures(), p.target(), closed ? p.status() : ProblemStatus.OPEN,
                    closed ? p.resolvedOn() : null, resolvedInPeriod ? p.whatItTook() : "", closed ? p.prevention() : ""));
        }
        problems.sort(Comparator.comparing(ClientSummary.ProblemLine::raisedOn));

        WorkingHours hours = ledger.workingHours();
        Map<Long, ResponseTargets> targets = new HashMap<>(ledger.allTargets());
        ResponseTargets t = targets.getOrDefault(clientId, ResponseTargets.DEFAULT);
        List<ClientSummary.RequestLine> requests = new ArrayList<>();
        for (Request r : ledger.requests(clientId)) {
            LocalDateTime received = LocalDateTime.ofInstant(r.receivedAt(), hours.zone());
            if (!period.contains(received.toLocalDate())) {
                continue;
            }
            requests.add(new ClientSummary.RequestLine(r.title(), r.questions(), received,
                    hoursBetween(r.receivedAt(), r.effectiveAcknowledgedAt(), hours, t.roundTheClock()),
                    hoursBetween(r.receivedAt(), r.answeredAt(), hours, t.roundTheClock())));
        }
        requests.sort(Comparator.comparing(ClientSummary.RequestLine::receivedAt));

        return new ClientSummary(client.name(), period, LocalDate.now(clock), updates, promises, problems, requests,
                ledger.figures(clientId, from, to));
    }

    private static PromiseResult state(Promise p) {
        return switch (p.result()) {
            case EXCEEDED -> p.isKeptOnTime() ? PromiseResult.KEPT_ON_TIME : PromiseResult.KEPT_LATE;
            default -> p.result();
        };
    }

    private static Double hoursBetween(Instant from, Instant to, WorkingHours hours, boolean roundTheClock) {
        if (to == null) {
            return null;
        }
        Duration d = WorkingTime.between(from, to, hours, roundTheClock);
        return d.toSeconds() / 3600.0;
    }

    /** Writes a rendered brief or summary: the whole file or, on any failure, nothing (the old file stays). */
    public void save(Path target, byte[] content) {
        SafeFiles.write(target, content);
    }

    /** A client by its id, for callers that hold only the id. */
    public Optional<Client> client(long clientId) {
        return clients.find(clientId);
    }
}
