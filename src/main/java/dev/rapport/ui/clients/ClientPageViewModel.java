package dev.rapport.ui.clients;

import dev.rapport.logic.ClientTimeline;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Urgency;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.logic.ClientSnapshot;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.contacts.PeopleTabViewModel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One client's page: the overview for the header, the timeline (entries a page at a time mixed
 * with the client's promises, problems and requests), the ledger tabs most urgent first and the
 * people, all read in one go off the FX thread; archive and delete run there too.
 */
public final class ClientPageViewModel {
    static final int PAGE = 50;

    private final JournalSession session;
    private final Background background;
    private final long clientId;
    private final ReadOnlyObjectWrapper<ClientOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper gone = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ClientTimeline.Item> timeline = FXCollections.observableArrayList();
    private final ObservableList<Promise> promises = FXCollections.observableArrayList();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Request> requests = FXCollections.observableArrayList();
    private final List<JournalEntry> entries = new ArrayList<>();
    private final PeopleTabViewModel people;
    private final ChangeFollower follower;
    private Ledger ledger = new Ledger(List.of(), List.of(), List.of());
    private ZoneId zone;
    private Consumer<String> failed = m -> { };

    public ClientPageViewModel(JournalSession session, Background background, long clientId) {
        this.session = session;
        this.background = background;
        this.clientId = clientId;
        this.zone = session.clock().getZone();
        this.people = new PeopleTabViewModel(session, background, clientId);
        follower = new ChangeFollower(session.changes(), background, EnumSet.allOf(Kind.class), this::reload);
    }

    private record Ledger(List<Promise> promises, List<Problem> problems, List<Request> requests) {
    }

    private record Loaded(ClientOverview overview, PeopleTabViewModel.Loaded people, List<JournalEntry> entries, int asked,
                          Ledger ledger, ZoneId zone) {
    }

    /** Reads the page again (as many entries as were shown, at least a page). */
    public void reload() {
        int page = Math.max(PAGE, entries.size());
        background.run(() -> {
            var l = session.ledger();
            LocalDate today = session.today();
            Instant now = session.clock().instant();
            Ledger sorted = new Ledger(Urgency.sorted(l.promises(clientId), p -> Urgency.of(p, today)),
                    Urgency.sorted(l.problems(clientId), p -> Urgency.of(p, today)),
                    Urgency.sorted(l.requests(clientId), r -> Urgency.of(r, l.acknowledgeBy(r), l.answerBy(r), now)));
            return new Loaded(session.clients().overview(clientId).orElse(null), people.load(),
                    session.interactions().forClient(clientId, page, 0), page, sorted, l.workingHours().zone());
        }, this::show, t -> failed.accept(t.getMessage()));
    }

    private void show(Loaded data) {
        if (data.overview() == null) {
            gone.set(true);
            return;
        }
        zone = data.zone();
        overview.set(data.overview());
        people.show(data.people());
        ledger = data.ledger();
        promises.setAll(ledger.promises());
        problems.setAll(ledger.problems());
        requests.setAll(ledger.requests());
        entries.clear();
        entries.addAll(data.entries());
        showTimeline(data.entries().size() < data.asked());
    }

    /** The next page of entries. */
    public void loadMore() {
        int offset = entries.size();
        background.run(() -> session.interactions().forClient(clientId, PAGE, offset), page -> {
            entries.addAll(page);
            showTimeline(page.size() < PAGE);
        }, t -> failed.accept(t.getMessage()));
    }

    private void showTimeline(boolean complete) {
        timeline.setAll(ClientTimeline.merge(entries, complete, ledger.promises(), ledger.problems(), ledger.requests(), zone));
        more.set(!complete);
    }

    /** Archives the client, or brings it back; done is handed whether it is archived now. */
    public void setArchived(boolean archived, Consumer<Boolean> done) {
        background.run(() -> session.clients().archive(clientId, archived), c -> done.accept(c.archived()),
                t -> failed.accept(t.getMessage()));
    }

    /** Deletes the client and all it holds; done is handed what brings it back. */
    public void delete(Consumer<ClientSnapshot> done) {
        background.run(() -> session.deleteClient(clientId), done, t -> failed.accept(t.getMessage()));
    }

    /** Brings a deleted client back; done is handed it (a new id). */
    public void undoDelete(ClientSnapshot snapshot, Consumer<Client> done) {
        background.run(() -> session.undoDelete(snapshot), done, t -> failed.accept(t.getMessage()));
    }

    public long clientId() {
        return clientId;
    }

    /** The client as last read; null before the first read. */
    public Client client() {
        return overview.get() == null ? null : overview.get().client();
    }

    public ReadOnlyObjectProperty<ClientOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    /** True when the client is no longer in the journal (deleted elsewhere). */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ObservableList<ClientTimeline.Item> timeline() {
        return timeline;
    }

    public ObservableList<Promise> promises() {
        return promises;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObservableList<Request> requests() {
        return requests;
    }

    /** The working hours' zone as last read. */
    public ZoneId zone() {
        return zone;
    }

    public PeopleTabViewModel people() {
        return people;
    }

    public ChangeFollower follower() {
        return follower;
    }

    public void onFailure(Consumer<String> tell) {
        failed = tell;
    }
}
