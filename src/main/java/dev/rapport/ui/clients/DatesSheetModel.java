package dev.rapport.ui.clients;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.SheetModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The dates sheet's journal work: the client's people and dates, read off the FX thread; the
 * changes (a date added, removed, put back) for the sheet to run through {@link dev.rapport.ui.common.Form#save}
 * and {@link dev.rapport.ui.common.Writes}, which keep them off it too.
 */
final class DatesSheetModel extends SheetModel {
    /** The client's people (for a birthday or the day you met) and its dates, soonest first as stored. */
    record Dates(List<Contact> people, List<DatedEvent> dates) {
    }

    private final long clientId;

    DatesSheetModel(JournalSession session, Background background, Consumer<Throwable> failed, long clientId) {
        super(session, background, failed);
        this.clientId = clientId;
    }

    /** The people and the dates. */
    void load(Consumer<Dates> show) {
        background.run(() -> new Dates(session.contacts().forClient(clientId), session.dates().forClient(clientId)), show, failed);
    }

    /** The dates again, after a change. */
    void reload(Consumer<List<DatedEvent>> show) {
        background.run(() -> session.dates().forClient(clientId), show, failed);
    }

    DatedEvent add(DatedEvent event) {
        return session.dates().save(event);
    }

    void remove(DatedEvent event) {
        session.dates().delete(event.id());
    }

    /** Undo of a removal: the same date stored again (under a new id). */
    void putBack(DatedEvent event) {
        session.dates().save(event.withId(0));
    }
}
