package dev.rapport.logic;

import dev.rapport.model.Interaction;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.store.EntryItems;
import dev.rapport.store.Journal;

import java.util.ArrayList;
import java.util.List;

/**
 * A conversation as it is logged: the journal entry with the promises made, the requests
 * received and the problems raised in it, stored together (all or nothing) and linked to the entry.
 */
public final class ConversationService {
    private final Journal journal;
    private final InteractionService interactions;
    private final LedgerService ledger;
    private final EntryItems items;

    ConversationService(Journal journal, InteractionService interactions, LedgerService ledger, EntryItems items) {
        this.journal = journal;
        this.interactions = interactions;
        this.ledger = ledger;
        this.items = items;
    }

    /** What was stored: the entry and its items with their ids. */
    public record Logged(Interaction entry, List<Promise> promises, List<Request> requests, List<Problem> problems) {
    }

    /**
     * Saves the entry and, in the same transaction, each item for the entry's client, linked to
     * the entry; a promise made in the conversation counts as made on the conversation's day.
     */
    public Logged save(Interaction entry, List<Promise> promises, List<Request> requests, List<Problem> problems) {
        return journal.inOneTransaction(() -> {
            Interaction stored = interactions.save(entry);
            List<Promise> savedPromises = new ArrayList<>();
            for (Promise p : promises) {
                savedPromises.add(ledger.save(new Promise(0, stored.clientId(), p.contactId(), stored.id(), p.what(),
                        p.madeOn(), p.due(), p.understoodOn(), p.outcome(), p.decidedOn(), p.exceeded(), p.otherDimension(),
                        p.reportedOn(), p.reportNote(), p.history())));
            }
            List<Request> savedRequests = new ArrayList<>();
            for (Request r : requests) {
                Request saved = ledger.save(new Request(0, stored.clientId(), r.contactId(), r.receivedAt(), r.channel(),
                        r.subject(), r.questions(), r.acknowledgedAt(), r.answeredAt(), r.answers(), r.askedAnythingElse(), r.zone()));
                items.link(EntryItems.Kind.REQUEST, saved.id(), stored.id());
                savedRequests.add(saved);
            }
            List<Problem> savedProblems = new ArrayList<>();
            for (Problem p : problems) {
                Problem saved = ledger.save(new Problem(0, stored.clientId(), p.raisedBy(), p.raisedOn(), p.description(),
                        p.consequences(), p.measures(), p.severity(), p.target(), p.emotion(), p.status(), p.resolvedOn(),
                        p.reportedOn(), p.whatItTook(), p.prevention()));
                items.link(EntryItems.Kind.PROBLEM, saved.id(), stored.id());
                savedProblems.add(saved);
            }
            return new Logged(stored, savedPromises, savedRequests, savedProblems);
        });
    }

    /** The promises made in the conversation the entry records. */
    public List<Promise> promises(long interactionId) {
        return items.ids(EntryItems.Kind.PROMISE, interactionId).stream().map(ledger::promise).toList();
    }

    public List<Request> requests(long interactionId) {
        return items.ids(EntryItems.Kind.REQUEST, interactionId).stream().map(ledger::request).toList();
    }

    public List<Problem> problems(long interactionId) {
        return items.ids(EntryItems.Kind.PROBLEM, interactionId).stream().map(ledger::problem).toList();
    }
}
