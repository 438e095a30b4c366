package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ContactRole;
import dev.rapport.model.PersonOverview;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.LastContactCell;
import dev.rapport.ui.common.Icons;

import java.util.EnumSet;
import java.util.Set;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Everyone in the journal, whatever client they are at: filtered like the client list (text,
 * client status, tag, rhythm state, last contact from/until), with saved views and a tag added
 * to or removed from many people at once.
 */
public final class PeopleView extends VBox implements Refreshable {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PeopleView.class.getName());
    private final AppContext app;
    private final ObservableList<PersonOverview> all = FXCollections.observableArrayList();
    private final FilteredList<PersonOverview> filtered = new FilteredList<>(all);
    private final TableView<PersonOverview> table = new TableView<>();
    private final Label count = new Label();
    private final PeopleFilters filters;
    private Map<Long, String> clientNames = Map.of();
    private LocalDate today = LocalDate.now();

    public PeopleView(AppContext app) {
        this.app = app;
        setId("people-view");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        filters = new PeopleFilters(app, this);
        getChildren().addAll(header(), filters.firstRow(), filters.secondRow(), filters.bulkRow(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table();
        reload();
    }

    private VBox header() {
        Button back = new Button(I18n.t("contacts.list.back"), Icons.of(Feather.ARROW_LEFT));
        back.setId("people-back");
        back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        back.setOnAction(e -> app.navigator().showClients());
        Label title = new Label(I18n.t("contacts.list.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        count.setId("people-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button duplicates = new Button(I18n.t("contacts.list.duplicates"), Icons.of(Feather.USERS));
        duplicates.setId("people-duplicates");
        duplicates.setOnAction(e -> DuplicatesSheet.open(app, this::reload));
        HBox row = new HBox(12, title, count, spacer, duplicates);
        row.setAlignment(Pos.BASELINE_LEFT);
        return new VBox(4, back, row);
    }

    private void table() {
        table.setId("people-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<PersonOverview, String> name = column(I18n.t("contacts.list.column.name"), o -> o.person().contact().name());
        name.setPrefWidth(200);
        TableColumn<PersonOverview, String> roles = column(I18n.t("contacts.list.column.roles"), this::roles);
        roles.setPrefWidth(320);
        TableColumn<PersonOverview, PersonOverview> last = new TableColumn<>(I18n.t("contacts.list.column.last"));
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        last.setCellFactory(c -> new LastContactCell<>(PersonOverview::rhythmState, PersonOverview::daysSinceLastContact));
        last.setComparator(Comparator.comparing(o -> o.daysSinceLastContact() == null ? Long.MAX_VALUE : o.daysSinceLastContact()));
        last.setPrefWidth(150);
        TableColumn<PersonOverview, String> email = column(I18n.t("contacts.list.column.email"), o -> o.person().contact().email());
        TableColumn<PersonOverview, String> tags = column(I18n.t("contacts.list.column.tags"), o -> String.join(", ", o.person().tags()));
        tags.setId("people-tags-column");
        table.getColumns().addAll(List.of(name, roles, last, email, tags));
        dev.rapport.ui.common.ColumnFit.fit(table, roles);
        SortedList<PersonOverview> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<PersonOverview> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        Label none = new Label(I18n.t("contacts.list.noMatch"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(none);
    }

    private static <T> TableColumn<PersonOverview, T> column(String title, Function<PersonOverview, T> value) {
        TableColumn<PersonOverview, T> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    /** Current roles ("CFO at Acme; Board member at Baltic"), or the latest past one. */
    private String roles(PersonOverview o) {
        List<ContactRole> current = o.person().currentRoles(today);
        List<ContactRole> shown = current.isEmpty() ? o.person().roles().stream().limit(1).toList() : current;
        return shown.stream().map(r -> RoleText.full(r, clientNames.getOrDefault(r.clientId(), "?"), today))
                .collect(Collectors.joining("; "));
    }

    private void open(PersonOverview o) {
        long home = o.person().contact().clientId();
        ContactForm.open(app, home, clientNames.getOrDefault(home, ""), o.person().contact(), c -> reload());
    }

    @Override
    public Set<Kind> shows() {
        return EnumSet.of(Kind.PEOPLE, Kind.CLIENTS, Kind.ENTRIES);
    }

    @Override
    public void reload() {
        app.background().run(() -> new Loaded(app.session().people().overviews(),
                app.session().clients().all().stream().collect(Collectors.toMap(c -> c.id(), c -> c.name())),
                app.session().contacts().today(), app.session().people().allTags()), loaded -> {
            clientNames = loaded.clientNames();
            today = loaded.today();
            filters.tagsChanged(loaded.tags());
            all.setAll(loaded.rows());
            applyFilter();
        }, t -> {
            LOG.log(java.util.logging.Level.WARNING, "The people list could not be loaded", t);
            app.status().say(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
        });
    }

    private record Loaded(List<PersonOverview> rows, Map<Long, String> clientNames, LocalDate today, List<String> tags) {
    }

    void applyFilter() {
        var f = filters.filter();
        filtered.setPredicate(o -> dev.rapport.logic.PeopleListService.matches(f, o));
        count.setText(filtered.size() == all.size() ? I18n.plural("contacts.list.count", all.size())
                : I18n.plural("contacts.list.countOf", all.size(), filtered.size()));
    }

    /** The selected rows, or every row the filter shows when none is selected. */
    List<PersonOverview> chosenForBulk() {
        List<PersonOverview> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        return selected.isEmpty() ? List.copyOf(filtered) : selected;
    }
}
