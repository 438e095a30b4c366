package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.store.JournalDump;

import java.util.Map;

/** A read, checked whole-journal JSON export and what importing it would do to this journal. */
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
