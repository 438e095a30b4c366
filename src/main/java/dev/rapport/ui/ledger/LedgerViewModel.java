package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Urgency;
import dev.rapport.model.Client;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.ListFilters;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A ledger list's state (promises, problems, requests): the items for the chosen client read off
 * the FX thread, most urgent first, narrowed by state and period; the figures for the filter; the
 * late ones marked. Each list says what it loads, how it ranks and matches, and its figures.
 */
abstract class LedgerViewModel<T, S> {
    protected final JournalSession session;
    private final Background background;
    private final ListFilters filters = new ListFilters(this::reload);
    private final ObjectProperty<S> state = filters.choice();
    private final ObservableList<S> states;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final Set<T> overdue = new HashSet<>();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Map<String, ReadOnlyStringWrapper> figures = new LinkedHashMap<>();
    private final ChangeFollower follower;
    private Map<Long, String> clientNames = Map.of();
    private LocalDate today;
    private ZoneId zone;

    /**
     * What a list shows: its items read for a client (all clients' for null) and ranked by urgency, both
     * off the FX thread with the journal at hand; an item's state, and the day the period filter looks at (in the working hours' zone where that matters).
     */
    record Rows<T, S>(java.util.function.BiFunction<JournalSession, Long, List<T>> read,
                      java.util.function.BiFunction<T, LocalDate, Urgency.Rank> rank,
                      java.util.function.Function<T, S> state, java.util.function.BiFunction<T, ZoneId, LocalDate> day) {
    }

    private final Rows<T, S> kindOfRows;

    LedgerViewModel(JournalSession session, Background background, List<S> states, Kind kind, Rows<T, S> rows) {
        this.session = session;
        this.kindOfRows = rows;
        this.background = background;
        this.states = FXCollections.observableArrayList(states);
        this.today = LocalDate.now(session.clock());
        this.zone = session.clock().getZone();
        follower = new ChangeFollower(session.changes(), background, EnumSet.of(kind, Kind.CLIENTS, Kind.SETTINGS), this::reload);
    }

    private record Loaded<T>(List<Client> clients, Map<T, Urgency.Rank> ranks, LedgerFigures.All figures, LocalDate today,
                             ZoneId zone) {
    }

    public void reload() {
        Long clientId = filters.clientId();
        LocalDate f = filters.fromProperty().get();
        LocalDate t = filters.toProperty().get();
        S s = state.get();
        background.run(() -> {
            LocalDate day = session.today();
            Map<T, Urgency.Rank> ranks = new HashMap<>();
            for (T item : kindOfRows.read().apply(session, clientId)) {
                ranks.put(item, kindOfRows.rank().apply(item, day));
            }
            return new Loaded<>(session.clients().all(), ranks, session.ledger().figures(clientId, f, t), day,
                    session.ledger().workingHours().zone());
        }, loaded -> show(loaded, s, f, t), x -> error.set(x instanceof RapportException ? x.getMessage()
                : I18n.t("ledger.loadFailed", String.valueOf(x.getMessage()))));
    }

    private void show(Loaded<T> loaded, S s, LocalDate f, LocalDate t) {
        error.set("");
        today = loaded.today();
        zone = loaded.zone();
        Map<Long, String> names = new HashMap<>();
        loaded.clients().forEach(c -> names.put(c.id(), c.name()));
        clientNames = names;
        filters.setClients(loaded.clients());
        List<T> shown = Urgency.sorted(loaded.ranks().keySet().stream().filter(i -> matches(i, s, f, t)).toList(),
                loaded.ranks()::get);
        overdue.clear();
        shown.stream().filter(i -> loaded.ranks().get(i).overdue()).forEach(overdue::add);
        rows.setAll(shown);
        count.set(I18n.t("ledger.count", shown.size(), loaded.ranks().size()));
        figureTexts(loaded.figures()).forEach((k, v) -> figure(k).set(v));
    }

    protected static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null && to == null) || (d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)));
    }

    private boolean matches(T item, S chosen, LocalDate from, LocalDate to) {
        return (chosen == null || kindOfRows.state().apply(item) == chosen) && within(kindOfRows.day().apply(item, zone), from, to);
    }

    /** The figures' texts by name, for the filter's figures. */
    protected abstract Map<String, String> figureTexts(LedgerFigures.All all);

    private ReadOnlyStringWrapper figure(String name) {
        return figures.computeIfAbsent(name, n -> new ReadOnlyStringWrapper("—"));
    }

    public ReadOnlyStringProperty figureProperty(String name) {
        return figure(name).getReadOnlyProperty();
    }

    public boolean isOverdue(T item) {
        return overdue.contains(item);
    }

    public String clientName(long id) {
        return clientNames.getOrDefault(id, "");
    }

    /** The journal's today as last read. */
    public LocalDate today() {
        return today;
    }

    /** The working hours' zone as last read: times are shown in it. */
    public ZoneId zone() {
        return zone;
    }

    /** The client, the period and Clear; the state is a choice among them. */
    public ListFilters filters() {
        return filters;
    }

    public ObjectProperty<S> stateProperty() {
        return state;
    }

    public ObservableList<S> states() {
        return states;
    }

    public ObservableList<T> rows() {
        return rows;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ChangeFollower follower() {
        return follower;
    }
}
