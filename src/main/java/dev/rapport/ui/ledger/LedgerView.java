package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges;
import dev.rapport.logic.Urgency;
import dev.rapport.model.Client;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Refreshable;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The table pattern the promises, problems and requests screens share (UI.md): filters on top,
 * the figures for the current filter in a strip, then the table; a double-click or Enter opens the sheet.
 */
abstract class LedgerView<T, S> extends VBox implements Refreshable {
    protected final AppContext app;
    protected final ComboBox<Client> client;
    protected final ComboBox<S> state = new ComboBox<>();
    protected final DateField from;
    protected final DateField to;
    protected final TableView<T> table = new TableView<>();
    protected final Map<Long, String> clientNames = new HashMap<>();
    private final Label count = new Label();
    private final Label error = new Label();
    private final Map<String, Label> figures = new LinkedHashMap<>();
    private final String key;
    /** The items shown that are late, highlighted in the table. */
    private final java.util.Set<T> overdue = new java.util.HashSet<>();
    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");

    LedgerView(AppContext app, String key, String title, String newLabel, List<S> states, Function<S, String> stateLabel,
               String allStates, String empty, List<String[]> figureNames) {
        this.app = app;
        from = new DateField(app.session().clock()).compact();
        to = new DateField(app.session().clock()).compact();
        this.key = key;
        setId(key + "-view");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        client = Inputs.clients(app, key + "-client", I18n.t("ledger.filter.allClients"), null, true);
        client.setMaxWidth(260);
        dev.rapport.ui.common.Spoken.name(client, "spoken.filter.client");
        state.setId(key + "-state");
        dev.rapport.ui.common.Spoken.name(state, "spoken.filter.state");
        state.getItems().add(null);
        state.getItems().addAll(states);
        state.setConverter(new StringConverter<>() {
            @Override
            public String toString(S s) {
                return s == null ? allStates : stateLabel.apply(s);
            }

            @Override
            public S fromString(String s) {
                return null;
            }
        });
        javafx.scene.layout.FlowPane strip = new javafx.scene.layout.FlowPane(28, 8); // wraps at large text
        strip.setId(key + "-figures");
        strip.getStyleClass().add("figures-strip");
        for (String[] f : figureNames) {
            Label value = new Label("—");
            figures.put(f[0], value);
            VBox figure = Inputs.figure(key + "-fig-" + f[0], f[1], value, f[0].startsWith("by-"));
            if (f[0].startsWith("by-")) {
                figure.setAlignment(Pos.BOTTOM_LEFT);
            }
            strip.getChildren().add(figure);
        }
        table.setId(key + "-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(Inputs.muted(empty));
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(OVERDUE, !empty && item != null && overdue.contains(item));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
            }
        });
        getChildren().addAll(header(title, newLabel), filters(), error, strip, table);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private HBox header(String title, String newLabel) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        count.setId(key + "-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(newLabel, Icons.of(Feather.PLUS));
        add.setId(key + "-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> create(client.getValue() == null ? null : client.getValue().id()));
        HBox box = new HBox(12, heading, count, spacer);
        box.getChildren().addAll(extraActions());
        box.getChildren().add(add);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private javafx.scene.layout.FlowPane filters() {
        from.setId(key + "-from");
        dev.rapport.ui.common.Spoken.name(from, "spoken.filter.from");
        from.setPromptText(I18n.t("ledger.filter.from"));
        from.setPrefWidth(140);
        to.setId(key + "-to");
        dev.rapport.ui.common.Spoken.name(to, "spoken.filter.to");
        to.setPromptText(I18n.t("ledger.filter.to"));
        to.setPrefWidth(140);
        Button clear = new Button(I18n.t("ledger.filter.clear"), Icons.of(Feather.X));
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> {
            client.setValue(null);
            state.setValue(null);
            from.setValue(null);
            to.setValue(null);
        });
        client.valueProperty().addListener((o, a, b) -> reload());
        state.valueProperty().addListener((o, a, b) -> reload());
        from.valueProperty().addListener((o, a, b) -> reload());
        to.valueProperty().addListener((o, a, b) -> reload());
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setManaged(false);
        Label period = Inputs.muted(I18n.t("ledger.filter.period"));
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(10, 8, client, state, period, from, to, clear); // wraps at large text
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    protected List<javafx.scene.Node> extraActions() {
        return List.of();
    }

    protected <V> TableColumn<T, V> column(String title, double width, Function<T, V> value) {
        TableColumn<T, V> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 112));
        table.getColumns().add(c);
        if (table.getColumns().size() == 2) { // the item's own words: they take what is left and wrap; the client's name may wrap too
            dev.rapport.ui.common.ColumnFit.fit(table, c, table.getColumns().get(0));
        }
        return c;
    }

    protected String clientName(long id) {
        return clientNames.getOrDefault(id, "");
    }

    @Override
    public void reload() {
        Long clientId = client.getValue() == null ? null : client.getValue().id();
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        S s = state.getValue();
        app.background().run(() -> {
            Map<Long, String> names = new HashMap<>();
            app.session().clients().all().forEach(c -> names.put(c.id(), c.name()));
            Map<T, Urgency.Rank> ranks = new HashMap<>();
            for (T item : load(clientId)) {
                ranks.put(item, rank(item));
            }
            return new Loaded<>(names, ranks, app.session().ledger().figures(clientId, f, t));
        }, loaded -> {
            error.setText("");
            error.setManaged(false);
            clientNames.clear();
            clientNames.putAll(loaded.names());
            List<T> shown = Urgency.sorted(loaded.ranks().keySet().stream().filter(i -> matches(i, s, f, t)).toList(),
                    loaded.ranks()::get);
            overdue.clear();
            shown.stream().filter(i -> loaded.ranks().get(i).overdue()).forEach(overdue::add);
            table.getItems().setAll(shown);
            count.setText(I18n.t("ledger.count", shown.size(), loaded.ranks().size()));
            showFigures(loaded.figures(), figures);
        }, x -> {
            error.setText(x instanceof RapportException ? x.getMessage() : I18n.t("ledger.loadFailed", String.valueOf(x.getMessage())));
            error.setManaged(true);
        });
    }

    private record Loaded<T>(Map<Long, String> names, Map<T, Urgency.Rank> ranks, LedgerFigures.All figures) {
    }

    protected static boolean within(LocalDate d, LocalDate from, LocalDate to) {
        return (from == null && to == null) || (d != null && (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to)));
    }

    protected abstract List<T> load(Long clientId);

    /** The kind of item this list holds: a change to it (or to a client's name) reloads the list. */
    protected abstract JournalChanges.Kind kind();

    @Override
    public java.util.Set<JournalChanges.Kind> shows() {
        return java.util.EnumSet.of(kind(), JournalChanges.Kind.CLIENTS, JournalChanges.Kind.SETTINGS);
    }

    /** How urgent an item is (called off the FX thread, with the journal at hand): the list opens most urgent first. */
    protected abstract Urgency.Rank rank(T item);

    protected abstract boolean matches(T item, S state, LocalDate from, LocalDate to);

    protected abstract void showFigures(LedgerFigures.All all, Map<String, Label> figures);

    protected abstract void open(T item);

    protected abstract void create(Long clientId);
}
