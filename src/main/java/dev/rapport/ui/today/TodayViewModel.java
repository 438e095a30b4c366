package dev.rapport.ui.today;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.LedgerService;
import dev.rapport.logic.TodayPage;
import dev.rapport.logic.WriteUpService;
import dev.rapport.model.FollowUp;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.model.TodayItem;
import dev.rapport.model.WriteUp;
import dev.rapport.ui.Navigator;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Said;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the Today screen shows and does: the {@link TodayPage} as a property, and the row actions as
 * commands. Every journal call, read or write, runs through {@link Background}; results and what
 * to say come back on the FX thread. Writes do not reload the page: the journal's change notice does.
 */
public final class TodayViewModel {
    private static final int TITLE_IN_STATUS = 60;

    private final JournalSession session;
    private final Background background;
    private final Navigator navigator;
    private final ReadOnlyObjectWrapper<TodayPage> page = new ReadOnlyObjectWrapper<>(this, "page");
    private final ReadOnlyObjectWrapper<Said> said = new ReadOnlyObjectWrapper<>(this, "said");

    public TodayViewModel(JournalSession session, Background background, Navigator navigator) {
        this.session = session;
        this.background = background;
        this.navigator = navigator;
    }

    /** The page last loaded; null until the first load comes back. */
    public ReadOnlyObjectProperty<TodayPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The last thing to say on the status line (each new one is a new value, even with the same words). */
    public ReadOnlyObjectProperty<Said> saidProperty() {
        return said.getReadOnlyProperty();
    }

    public void reload() {
        background.run(() -> TodayPage.of(session), page::set, this::failed);
    }

    public void markKept(long promiseId) {
        LedgerService ledger = session.ledger();
        change(() -> {
            Promise before = ledger.promise(promiseId);
            ledger.markKept(promiseId, session.today(), Set.of(), "");
            return before;
        }, before -> I18n.t("today.status.kept", shortened(before.what())), ledger::save);
    }

    public void reportPromise(long promiseId) {
        LedgerService ledger = session.ledger();
        change(() -> {
            Promise before = ledger.promise(promiseId);
            ledger.reportAchievement(promiseId, session.today(), before.reportNote());
            return before;
        }, before -> I18n.t("today.status.reported", shortened(before.what())), ledger::save);
    }

    public void acknowledge(long requestId) {
        LedgerService ledger = session.ledger();
        change(() -> {
            Request before = ledger.request(requestId);
            ledger.acknowledge(requestId, session.clock().instant());
            return before;
        }, before -> I18n.t("today.status.acknowledged", shortened(before.title())), ledger::save);
    }

    public void resolve(long problemId) {
        LedgerService ledger = session.ledger();
        change(() -> {
            Problem before = ledger.problem(problemId);
            ledger.resolve(problemId, session.today());
            return before;
        }, before -> I18n.t("today.status.resolved"), ledger::save);
    }

    public void reportResolution(long problemId) {
        LedgerService ledger = session.ledger();
        change(() -> {
            Problem before = ledger.problem(problemId);
            ledger.reportResolution(problemId, session.today(), null);
            return before;
        }, before -> I18n.t("today.status.resolutionReported"), ledger::save);
    }

    public void followUpAcknowledged(long answerId) {
        change(() -> session.followUps().acknowledge(answerId, session.clock().instant()),
                before -> I18n.t("today.status.followUpAcknowledged"), this::restore);
    }

    public void followUpTalked(long answerId) {
        change(() -> session.followUps().talked(answerId, session.clock().instant()),
                before -> I18n.t("today.status.talked"), this::restore);
    }

    /** Opens the client's brief for a meeting this week; the meeting then counts as prepared. */
    public void openBrief(TodayItem meeting) {
        background.run(() -> session.meetings().briefOpened(meeting.clientId()), prepared -> {
            navigator.showBrief(meeting.clientId());
            say(I18n.t("calendar.today.briefed", meeting.clientName()), null);
        }, this::failed);
    }

    /**
     * The write-up of the row's meeting for the row's client as it waits now, handed to {@code open}
     * (the screen opens the prefilled entry sheet); said when it no longer waits.
     */
    public void writeUp(TodayItem item, Consumer<WriteUp> open) {
        background.run(() -> session.writeUps().find(item.itemId(), item.clientId()), found -> {
            if (found.isPresent()) {
                open.accept(found.get());
            } else {
                say(I18n.t("writeup.today.gone"), null);
            }
        }, this::failed);
    }

    /** Dismisses the row's write-up, with an Undo that brings it back. */
    public void dismissWriteUp(TodayItem item) {
        WriteUpService writeUps = session.writeUps();
        change(() -> {
            WriteUp w = writeUps.find(item.itemId(), item.clientId())
                    .orElseThrow(() -> new dev.rapport.model.RapportException(I18n.t("writeup.today.gone")));
            writeUps.dismiss(w);
            return w;
        }, w -> I18n.t("writeup.today.dismissed", shortened(w.title())), writeUps::restore);
    }

    /** The promise as it is now, handed to {@code open} (the screen opens its sheet). */
    public void promise(long id, Consumer<Promise> open) {
        background.run(() -> session.ledger().promise(id), open, this::failed);
    }

    public void request(long id, Consumer<Request> open) {
        background.run(() -> session.ledger().request(id), open, this::failed);
    }

    public void problem(long id, Consumer<Problem> open) {
        background.run(() -> session.ledger().problem(id), open, this::failed);
    }

    public void openClient(long clientId) {
        navigator.showClient(clientId);
    }

    public void openHealth() {
        navigator.showHealth();
    }

    /** A new entry, for the client when not null. */
    public void logContact(Long clientId) {
        navigator.newInteraction(clientId);
    }

    private void restore(FollowUp before) {
        session.followUps().restore(before);
    }

    /**
     * Runs a write that returns what was there before it, then says {@code told} with an Undo
     * that puts {@code before} back (also off the FX thread).
     */
    private <T> void change(Callable<T> write, Function<T, String> told, Consumer<T> putBack) {
        background.run(write, before -> say(told.apply(before), () -> background.run(() -> {
            putBack.accept(before);
            return before;
        }, x -> { }, this::failed)), this::failed);
    }

    private void failed(Throwable t) {
        say(t.getMessage(), null);
    }

    private void say(String text, Runnable undo) {
        said.set(undo == null ? Said.of(text) : Said.withUndo(text, undo));
    }

    private static String shortened(String title) {
        return Formats.ellipsis(title, TITLE_IN_STATUS);
    }
}
