package dev.rapport.ui.clients;

import dev.rapport.ui.common.ColumnFit;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.i18n.I18n;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.LastContactCell;
import dev.rapport.ui.common.Icons;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The client list: searchable, sortable, filtered by status, archived clients on request. */
public final class ClientsView extends VBox implements Refreshable {
    private final AppContext app;
    private final ObservableList<ClientOverview> all = FXCollections.observableArrayList();
    private final FilteredList<ClientOverview> filtered = new FilteredList<>(all);
    private final TableView<ClientOverview> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();
    private final ComboBox<String> status = new ComboBox<>();
    private final CheckBox showArchived = new CheckBox(I18n.t("clients.showArchived"));
    private final Label count = new Label();
    private final StackPane body = new StackPane();
    private final ClientListTools tools;
    private java.util.Map<Long, java.util.List<String>> tags = java.util.Map.of();

    public ClientsView(AppContext app) {
        this.app = app;
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        tools = new ClientListTools(app, this);
        getChildren().addAll(header(), filters(), tools.filterRow(), tools.bulkRow(), body);
        VBox.setVgrow(body, Priority.ALWAYS);
        table();
        reload();
    }

    private HBox header() {
        Label title = new Label(I18n.t("clients.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setId("clients-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(I18n.t("clients.new"), Icons.of(Feather.PLUS));
        add.setId("new-client");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> app.navigator().newClient());
        Button duplicates = new Button(I18n.t("clients.duplicates"), Icons.of(Feather.USERS));
        duplicates.setId("clients-duplicates");
        duplicates.setOnAction(e -> dev.rapport.ui.contacts.DuplicatesSheet.open(app, app.navigator()::refresh));
        Button people = new Button(dev.rapport.i18n.I18n.t("contacts.list.open"), Icons.of(Feather.USER));
        people.setId("clients-people");
        people.setOnAction(e -> app.navigator().showPeople());
        HBox box = new HBox(12, title, count, spacer, people, duplicates, add);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private HBox filters() {
        filter.setPromptText(I18n.t("clients.filter.prompt"));
        filter.setLeft(Icons.of(Feather.FILTER));
        filter.setId("clients-filter");
        dev.rapport.ui.common.Spoken.name(filter, "spoken.filter.text");
        filter.setPrefWidth(380);
        status.getItems().add(I18n.t("clients.filter.allStatuses"));
        for (ClientStatus s : ClientStatus.values()) {
            status.getItems().add(s.label());
        }
        status.getSelectionModel().selectFirst();
        status.setId("clients-status");
        dev.rapport.ui.common.Spoken.name(status, "spoken.filter.status");
        showArchived.setId("clients-archived");
        filter.textProperty().addListener((o, a, b) -> applyFilter());
        status.valueProperty().addListener((o, a, b) -> applyFilter());
        showArchived.selectedProperty().addListener((o, a, b) -> reload());
        HBox box = new HBox(12, filter, status, showArchived);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void table() {
        table.setId("clients-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        TableColumn<ClientOverview, String> name = column(I18n.t("clients.column.name"), o -> o.client().name());
        name.setPrefWidth(230);
        name.setComparator(java.text.Collator.getInstance(I18n.messages().locale())::compare);
        TableColumn<ClientOverview, String> st = column(I18n.t("clients.column.status"), o -> o.client().status().label()
                + (o.client().archived() ? " · " + I18n.t("clients.archived") : ""));
        TableColumn<ClientOverview, ClientOverview> last = new TableColumn<>(I18n.t("clients.column.lastContact"));
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        last.setCellFactory(c -> new LastContactCell<>(ClientOverview::rhythmState, ClientOverview::daysSinceLastContact));
        last.setComparator(Comparator.comparing(o -> o.daysSinceLastContact() == null ? Long.MAX_VALUE : o.daysSinceLastContact()));
        last.setPrefWidth(175);
        st.setMinWidth(72);
        TableColumn<ClientOverview, Integer> people = new TableColumn<>(I18n.t("clients.column.people"));
        people.setMinWidth(70);
        people.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().contactCount()));
        people.getStyleClass().add("numeric");
        TableColumn<ClientOverview, Integer> entries = new TableColumn<>(I18n.t("clients.column.entries"));
        entries.setMinWidth(82);
        entries.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().interactionCount()));
        entries.getStyleClass().add("numeric");
        TableColumn<ClientOverview, Integer> promises = new TableColumn<>(I18n.t("clients.column.promises"));
        promises.setMinWidth(100);
        promises.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().openPromises()));
        promises.getStyleClass().add("numeric");
        TableColumn<ClientOverview, Integer> problems = new TableColumn<>(I18n.t("clients.column.problems"));
        problems.setMinWidth(100);
        problems.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().openProblems()));
        problems.getStyleClass().add("numeric");
        TableColumn<ClientOverview, String> carrier = column(I18n.t("clients.column.context"), o -> o.contextCarrier() == null ? "" : o.contextCarrier());
        TableColumn<ClientOverview, String> tagsColumn = column(I18n.t("clients.column.tags"), o -> String.join(", ", tags.getOrDefault(o.client().id(),
                java.util.List.of())));
        tagsColumn.setId("clients-tags-column");
        table.getColumns().addAll(java.util.List.of(name, st, last, promises, problems, people, entries, carrier, tagsColumn));
        ColumnFit.fit(table, tagsColumn, carrier, name, st);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        SortedList<ClientOverview> sorted = new SortedList<>(filtered);
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

    private static <T> TableColumn<ClientOverview, T> column(String title, java.util.function.Function<ClientOverview, T> value) {
        TableColumn<ClientOverview, T> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    @Override
    public void reload() {
        boolean archived = showArchived.isSelected();
        app.background().run(() -> java.util.Map.entry(app.session().clients().overviews(archived),
                app.session().clientList().tags()), loaded -> {
            java.util.List<ClientOverview> rows = loaded.getKey();
            tags = loaded.getValue();
            tools.tagsChanged(tags);
            all.setAll(rows);
            applyFilter();
            body.getChildren().setAll(rows.isEmpty() && !archived ? new EmptyJournal(app) : table);
        }, t -> app.status().say(t.getMessage()));
    }

    void applyFilter() {
        String text = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
        ClientStatus chosen = chosenStatus();
        Predicate<ClientOverview> byText = o -> text.isEmpty()
                || o.client().name().toLowerCase(Locale.ROOT).contains(text)
                || o.client().industry().toLowerCase(Locale.ROOT).contains(text)
                || (o.contextCarrier() != null && o.contextCarrier().toLowerCase(Locale.ROOT).contains(text));
        Predicate<ClientOverview> byStatus = o -> chosen == null || o.client().status() == chosen;
        dev.rapport.model.ClientFilter more = tools.filter();
        Predicate<ClientOverview> byTools = o -> more.matches(o, tags.getOrDefault(o.client().id(), java.util.List.of()));
        filtered.setPredicate(byText.and(byStatus).and(byTools));
        count.setText(filtered.size() == all.size() ? I18n.plural("clients.count", all.size())
                : I18n.plural("clients.countOf", all.size(), filtered.size()));
    }

    /** The selected rows, or every row the filter shows when none is selected. */
    java.util.List<ClientOverview> chosenForBulk() {
        java.util.List<ClientOverview> selected = java.util.List.copyOf(table.getSelectionModel().getSelectedItems());
        return selected.isEmpty() ? java.util.List.copyOf(filtered) : selected;
    }

    /** Text and status as the first filter row has them, for saving a view. */
    dev.rapport.model.ClientFilter baseFilter() {
        return new dev.rapport.model.ClientFilter(filter.getText(), chosenStatus(), null, null, null, null);
    }

    /** The status the filter asks for; null for all (the first choice). */
    private ClientStatus chosenStatus() {
        int i = status.getSelectionModel().getSelectedIndex();
        return i <= 0 ? null : ClientStatus.values()[i - 1];
    }

    /** Sets the first filter row from a saved view. */
    void showBase(dev.rapport.model.ClientFilter f) {
        filter.setText(f.text());
        status.getSelectionModel().select(f.status() == null ? 0 : f.status().ordinal() + 1);
    }
}
