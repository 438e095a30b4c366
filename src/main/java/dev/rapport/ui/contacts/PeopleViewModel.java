package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.PeopleListService;
import dev.rapport.model.Client;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ContactRole;
import dev.rapport.model.PersonOverview;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.ClientFilterModel;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The people list's state: everyone, read off the FX thread, filtered like the client list, with
 * the count; it follows the change notice (a person, a client's name or an entry changed).
 */
public final class PeopleViewModel {
    private final JournalSession session;
    private final Background background;
    private final ObservableList<PersonOverview> all = FXCollections.observableArrayList();
    private final FilteredList<PersonOverview> shown = new FilteredList<>(all);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ClientFilterModel filters;
    private final ChangeFollower follower;
    private Map<Long, String> clientNames = Map.of();
    private LocalDate today = LocalDate.now();
    private Consumer<String> failed = m -> { };

    public PeopleViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
        filters = new ClientFilterModel(background, session.people(), this::applyFilter);
        follower = new ChangeFollower(session.changes(), background, EnumSet.of(Kind.PEOPLE, Kind.CLIENTS, Kind.ENTRIES),
                this::reload);
    }

    private record Loaded(List<PersonOverview> rows, Map<Long, String> clientNames, LocalDate today, List<String> tags,
                          List<SavedView> views) {
    }

    public void reload() {
        background.run(() -> new Loaded(session.people().overviews(),
                session.clients().all().stream().collect(Collectors.toMap(Client::id, Client::name)),
                session.contacts().today(), session.people().allTags(), session.people().views()), loaded -> {
            clientNames = loaded.clientNames();
            today = loaded.today();
            filters.setTags(loaded.tags());
            filters.setViews(loaded.views());
            all.setAll(loaded.rows());
            applyFilter();
        }, t -> failed.accept(t.getMessage()));
    }

    void applyFilter() {
        ClientFilter f = filters.filter();
        shown.setPredicate(o -> PeopleListService.matches(f, o));
        count.set(shown.size() == all.size() ? I18n.plural("contacts.list.count", all.size())
                : I18n.plural("contacts.list.countOf", all.size(), shown.size()));
    }

    /** Current roles ("CFO at Acme; Board member at Baltic"), or the latest past one. */
    public String roles(PersonOverview o) {
        List<ContactRole> current = o.person().currentRoles(today);
        List<ContactRole> roles = current.isEmpty() ? o.person().roles().stream().limit(1).toList() : current;
        return roles.stream().map(r -> RoleText.full(r, clientName(r.clientId()), today)).collect(Collectors.joining("; "));
    }

    public String clientName(long id) {
        return clientNames.getOrDefault(id, "?");
    }

    /** The chosen rows, or every row the filter shows when none is chosen. */
    public List<PersonOverview> chosenForBulk(List<PersonOverview> selected) {
        return selected.isEmpty() ? List.copyOf(shown) : List.copyOf(selected);
    }

    public ObservableList<PersonOverview> shown() {
        return shown;
    }

    public ClientFilterModel filters() {
        return filters;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ChangeFollower follower() {
        return follower;
    }

    public void onFailure(Consumer<String> tell) {
        failed = tell;
    }
}
