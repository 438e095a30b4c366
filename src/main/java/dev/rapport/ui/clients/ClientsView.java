package dev.rapport.ui.clients;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.ClientFilterFields;
import dev.rapport.ui.common.ColumnFit;
import dev.rapport.ui.common.Columns;
import dev.rapport.ui.contacts.DuplicatesSheet;
import dev.rapport.ui.controls.FilterBar;
import dev.rapport.ui.controls.ListHeader;

import java.text.Collator;
import java.util.List;
import java.util.function.Function;

import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The client list: searchable, sortable, filtered (see {@link ClientsViewModel}), archived clients on request. */
public final class ClientsView extends VBox {
    private final AppContext app;
    private final ClientsViewModel model;
    private final TableView<ClientOverview> table = new TableView<>();
    private final StackPane body = new StackPane();

    public ClientsView(AppContext app) {
        this.app = app;
        this.model = new ClientsViewModel(app.session(), app.background());
        ListHeader.page(this);
        getChildren().addAll(header(), filters(), new ClientBulkRow(app, this::chosenForBulk).node(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        table();
        model.onFailure(app.status()::say);
        model.journalEmptyProperty().addListener((o, was, empty) -> showBody(empty));
        showBody(false);
        model.follower().whileShown(this);
        model.reload();
    }

    private ListHeader header() {
        return new ListHeader(I18n.t("clients.title"), "clients-count", model.countProperty(), List.of(
                ListHeader.action("clients-people", I18n.t("contacts.list.open"), Feather.USER, app.navigator()::showPeople),
                ListHeader.action("clients-duplicates", I18n.t("clients.duplicates"), Feather.USERS, () -> DuplicatesSheet.open(app, () -> { })),
                ListHeader.main("new-client", I18n.t("clients.new"), Feather.PLUS, app.navigator()::newClient)));
    }

    private FilterBar filters() {
        ClientFilterFields.Words words = new ClientFilterFields.Words(I18n.t("clients.filter.prompt"),
                I18n.t("clients.filter.allStatuses"), ClientStatus::label, I18n.t("clients.filter.anyTag"), t -> t,
                I18n.t("clients.filter.anyRhythm"), ClientsView::rhythm, I18n.t("clients.filter.contactedFrom"),
                I18n.t("clients.filter.contactedUntil"), I18n.t("clients.views"), I18n.t("clients.saveView"),
                I18n.t("clients.saveView.title"), I18n.t("clients.saveView.subtitle"), I18n.t("clients.saveView.name"),
                name -> I18n.t("clients.saveView.saved", name));
        FilterBar bar = new FilterBar();
        ClientFilterFields.first(bar, "clients", "clients-filter", 380, model.filters(), words);
        CheckBox archived = new CheckBox(I18n.t("clients.showArchived"));
        archived.setId("clients-archived");
        archived.setMinWidth(Region.USE_PREF_SIZE);
        archived.selectedProperty().bindBidirectional(model.showArchivedProperty());
        bar.add(archived);
        ClientFilterFields.rest(bar, app, "clients", model.filters(), words);
        return bar;
    }

    private static String rhythm(RhythmState r) {
        return switch (r) {
            case GREEN -> I18n.t("clients.rhythm.green");
            case AMBER -> I18n.t("clients.rhythm.amber");
            case RED -> I18n.t("clients.rhythm.red");
            case NEVER -> I18n.t("clients.rhythm.never");
        };
    }

    private void table() {
        table.setId("clients-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        TableColumn<ClientOverview, String> name = column(I18n.t("clients.column.name"), o -> o.client().name());
        name.setPrefWidth(230);
        name.setComparator(Collator.getInstance(I18n.messages().locale())::compare);
        TableColumn<ClientOverview, String> st = column(I18n.t("clients.column.status"), o -> o.client().status().label()
                + (o.client().archived() ? " · " + I18n.t("clients.archived") : ""));
        st.setMinWidth(72);
        TableColumn<ClientOverview, ClientOverview> last = Columns.lastContact(I18n.t("clients.column.lastContact"), 175,
                ClientOverview::rhythmState, ClientOverview::daysSinceLastContact);
        TableColumn<ClientOverview, Integer> people = number(I18n.t("clients.column.people"), 70, ClientOverview::contactCount);
        TableColumn<ClientOverview, Integer> entries = number(I18n.t("clients.column.entries"), 82, ClientOverview::interactionCount);
        TableColumn<ClientOverview, Integer> promises = number(I18n.t("clients.column.promises"), 100, ClientOverview::openPromises);
        TableColumn<ClientOverview, Integer> problems = number(I18n.t("clients.column.problems"), 100, ClientOverview::openProblems);
        TableColumn<ClientOverview, String> carrier = column(I18n.t("clients.column.context"),
                o -> o.contextCarrier() == null ? "" : o.contextCarrier());
        TableColumn<ClientOverview, String> tags = column(I18n.t("clients.column.tags"), o -> String.join(", ", model.tagsOf(o)));
        tags.setId("clients-tags-column");
        table.getColumns().addAll(List.of(name, st, last, promises, problems, people, entries, carrier, tags));
        ColumnFit.fit(table, tags, carrier, name, st);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SortedList<ClientOverview> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<ClientOverview> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    app.navigator().showClient(row.getItem().client().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ClientOverview selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                app.navigator().showClient(selected.client().id());
            }
        });
        Label noMatch = new Label(I18n.t("clients.noMatch"));
        noMatch.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(noMatch);
    }

    private static <T> TableColumn<ClientOverview, T> column(String title, Function<ClientOverview, T> value) {
        return Columns.of(title, value);
    }

    private static TableColumn<ClientOverview, Integer> number(String title, double minWidth, Function<ClientOverview, Integer> value) {
        TableColumn<ClientOverview, Integer> col = column(title, value);
        col.setMinWidth(minWidth);
        col.getStyleClass().add("numeric");
        return col;
    }

    private void showBody(boolean journalEmpty) {
        body.getChildren().setAll(journalEmpty ? new EmptyJournal(app) : table);
    }

    private List<ClientOverview> chosenForBulk() {
        return model.chosenForBulk(table.getSelectionModel().getSelectedItems());
    }
}
