package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.ClientFilterModel;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The client list's state: the clients read off the FX thread, the filter, the count, archived ones on request. */
public final class ClientsViewModel {
    private final JournalSession session;
    private final Background background;
    private final ObservableList<ClientOverview> all = FXCollections.observableArrayList();
    private final FilteredList<ClientOverview> shown = new FilteredList<>(all);
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper journalEmpty = new ReadOnlyBooleanWrapper(false);
    private final ClientFilterModel filters;
    private final ChangeFollower follower;
    private Map<Long, List<String>> tags = Map.of();
    private Consumer<String> failed = m -> { };

    public ClientsViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
        filters = new ClientFilterModel(background, session.clientList(), this::applyFilter);
        showArchived.addListener((o, was, now) -> reload());
        follower = new ChangeFollower(session.changes(), background, EnumSet.allOf(Kind.class), this::reload);
    }

    private record Loaded(List<ClientOverview> rows, Map<Long, List<String>> tags, List<SavedView> views) {
    }

    public void reload() {
        boolean archived = showArchived.get();
        background.run(() -> new Loaded(session.clients().overviews(archived), session.clientList().tags(),
                session.clientList().views()), loaded -> {
            tags = loaded.tags();
            filters.setTags(loaded.tags().values().stream().flatMap(List::stream).toList());
            filters.setViews(loaded.views());
            all.setAll(loaded.rows());
            applyFilter();
            journalEmpty.set(loaded.rows().isEmpty() && !archived);
        }, t -> failed.accept(t.getMessage()));
    }

    void applyFilter() {
        ClientFilter f = filters.filter();
        shown.setPredicate(o -> f.matches(o, tagsOf(o)));
        count.set(shown.size() == all.size() ? I18n.plural("clients.count", all.size())
                : I18n.plural("clients.countOf", all.size(), shown.size()));
    }

    public List<String> tagsOf(ClientOverview o) {
        return tags.getOrDefault(o.client().id(), List.of());
    }

    /** The chosen rows, or every row the filter shows when none is chosen. */
    public List<ClientOverview> chosenForBulk(List<ClientOverview> selected) {
        return selected.isEmpty() ? List.copyOf(shown) : List.copyOf(selected);
    }

    public ObservableList<ClientOverview> shown() {
        return shown;
    }

    public ClientFilterModel filters() {
        return filters;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** True when the journal has no clients at all (the welcome shows instead of an empty table). */
    public ReadOnlyBooleanProperty journalEmptyProperty() {
        return journalEmpty.getReadOnlyProperty();
    }

    public ChangeFollower follower() {
        return follower;
    }

    /** Where a failed read is told (the status line). */
    public void onFailure(Consumer<String> tell) {
        failed = tell;
    }
}
