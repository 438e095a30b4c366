package dev.rapport.logic;

import dev.rapport.store.CommittedWrite;
import dev.rapport.store.Journal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The journal's one change notice: after each committed write, whoever listens is told which kinds
 * of things changed and which clients' own rows. Every door that writes is covered, since the
 * store reports the tables a write touched; screens (and later a sync) listen here instead of each
 * action asking every screen to reload.
 */
public final class JournalChanges {
    /** What a screen can show, as far as a change is concerned. */
    public enum Kind {
        CLIENTS, PEOPLE, ENTRIES, PROMISES, PROBLEMS, REQUESTS, HEALTH, DATES, MEETINGS, SETTINGS
    }

    /**
     * One committed write.
     *
     * @param clientIds the clients whose own row was added, changed or removed (a change to a
     *                  client's promise does not name it here)
     */
    public record Change(Set<Kind> kinds, Set<Long> clientIds) {
        public Change {
            kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
            clientIds = Set.copyOf(clientIds);
        }

        /** True when any of the given kinds changed. */
        public boolean touches(Set<Kind> shown) {
            return shown.stream().anyMatch(kinds::contains);
        }

        /** This change and another one, as if they were one (screens refresh once for several writes). */
        public Change and(Change other) {
            EnumSet<Kind> k = EnumSet.noneOf(Kind.class);
            k.addAll(kinds);
            k.addAll(other.kinds);
            Set<Long> ids = new java.util.HashSet<>(clientIds);
            ids.addAll(other.clientIds);
            return new Change(k, ids);
        }
    }

    /**
     * Which kind each table's rows belong to; a table not named here (a search index's, sync's
     * bookkeeping: see {@link #bookkeeping}) changes nothing shown.
     */
    static final Map<String, Kind> TABLES = Map.ofEntries(
            Map.entry("client", Kind.CLIENTS), Map.entry("client_tag", Kind.CLIENTS),
            Map.entry("client_review", Kind.CLIENTS), Map.entry("client_ask", Kind.CLIENTS),
            Map.entry("contact", Kind.PEOPLE), Map.entry("contact_email", Kind.PEOPLE), Map.entry("contact_role", Kind.PEOPLE), Map.entry("contact_tag", Kind.PEOPLE),
            Map.entry("interaction", Kind.ENTRIES), Map.entry("interaction_tag", Kind.ENTRIES),
            Map.entry("interaction_contact", Kind.ENTRIES),
            Map.entry("promise", Kind.PROMISES), Map.entry("promise_renegotiation", Kind.PROMISES),
            Map.entry("problem", Kind.PROBLEMS),
            Map.entry("request", Kind.REQUESTS), Map.entry("request_question", Kind.REQUESTS),
            Map.entry("response_target", Kind.REQUESTS),
            Map.entry("checklist_item", Kind.HEALTH), Map.entry("review", Kind.HEALTH), Map.entry("review_answer", Kind.HEALTH),
            Map.entry("survey_question", Kind.HEALTH), Map.entry("survey_answer", Kind.HEALTH), Map.entry("follow_up", Kind.HEALTH),
            Map.entry("dated_event", Kind.DATES),
            Map.entry("calendar_source", Kind.MEETINGS), Map.entry("meeting", Kind.MEETINGS), Map.entry("meeting_contact", Kind.MEETINGS),
            Map.entry("meeting_writeup", Kind.MEETINGS),
            Map.entry("mail_message", Kind.ENTRIES), Map.entry("mail_unmatched", Kind.ENTRIES),
            Map.entry("setting", Kind.SETTINGS));

    /**
     * Sync's own tables (store/sync: what was sent, each field's clock, overwritten values): they change
     * only together with the rows they describe, whose kinds are announced.
     */
    static boolean bookkeeping(String table) {
        return table.startsWith("sync_");
    }

    private final Journal journal;
    private final CopyOnWriteArrayList<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private final Consumer<CommittedWrite> fromStore = this::publish;

    JournalChanges(Journal journal) {
        this.journal = journal;
    }

    /**
     * Tells {@code listener} of every committed write, on the thread that wrote (hand it on to the
     * FX thread there). Close the returned subscription when the listener's screen goes away.
     */
    public synchronized Subscription listen(Consumer<Change> listener) {
        if (listeners.isEmpty()) {
            journal.addChangeListener(fromStore);
        }
        listeners.add(listener);
        return () -> stopListening(listener);
    }

    private synchronized void stopListening(Consumer<Change> listener) {
        if (listeners.remove(listener) && listeners.isEmpty()) {
            journal.removeChangeListener(fromStore);
        }
    }

    /** How many listen now (a closed window's screens must not). */
    public int listenerCount() {
        return listeners.size();
    }

    /** The journal closes: nobody is told anything more. */
    synchronized void clear() {
        listeners.clear();
        journal.removeChangeListener(fromStore);
    }

    private void publish(CommittedWrite write) {
        EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String table : write.tables()) {
            Kind k = TABLES.get(table);
            if (k != null) {
                kinds.add(k);
            }
        }
        if (kinds.isEmpty()) {
            return;
        }
        Change change = new Change(kinds, write.clientIds());
        for (Consumer<Change> l : listeners) {
            l.accept(change);
        }
    }

    /** A listener's registration; closing it twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
