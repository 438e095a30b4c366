package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.ColumnFit;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.controls.ClientPicker;
import dev.rapport.ui.controls.FilterBar;
import dev.rapport.ui.controls.ListHeader;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The table pattern the promises, problems and requests screens share (UI.md): filters on top,
 * the figures for the current filter in a strip, then the table; a double-click or Enter opens
 * the sheet. The state is the screen's {@link LedgerViewModel}.
 */
abstract class LedgerView<T, S> extends VBox {
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    protected final AppContext app;
    protected final LedgerViewModel<T, S> model;
    protected final TableView<T> table = new TableView<>();
    private final String key;

    /** figureNames: each figure's id suffix and caption; an id starting "by-" is a detail line. */
    LedgerView(AppContext app, LedgerViewModel<T, S> model, String key, String title, String newLabel, Function<S, String> stateLabel,
               String allStates, String empty, List<String[]> figureNames) {
        this.app = app;
        this.model = model;
        this.key = key;
        setId(key + "-view");
        ListHeader.page(this);
        getChildren().addAll(header(title, newLabel), filters(stateLabel, allStates), error(), figures(figureNames), table(empty));
        VBox.setVgrow(table, Priority.ALWAYS);
        model.follower().whileShown(this);
    }

    private ListHeader header(String title, String newLabel) {
        List<Node> actions = new java.util.ArrayList<>(extraActions());
        actions.add(ListHeader.main(key + "-new", newLabel, Feather.PLUS, () -> create(model.filters().clientId())));
        return new ListHeader(title, key + "-count", model.countProperty(), actions).centred();
    }

    private FilterBar filters(Function<S, String> stateLabel, String allStates) {
        FilterBar bar = new FilterBar();
        ClientPicker client = new ClientPicker(key + "-client");
        client.setMaxWidth(260);
        bar.choice(client, key + "-client", I18n.t("ledger.filter.allClients"), Client::name, model.filters().clients(), model.filters().clientProperty());
        bar.choice(key + "-state", allStates, stateLabel, model.states(), model.stateProperty());
        DateField from = bar.date(key + "-from", I18n.t("ledger.filter.from"), app.session().clock(), 140, model.filters().fromProperty());
        DateField to = bar.date(key + "-to", I18n.t("ledger.filter.to"), app.session().clock(), 140, model.filters().toProperty());
        bar.caption(I18n.t("ledger.filter.period"), from, to);
        bar.clear(key + "-clear", I18n.t("ledger.filter.clear"), model.filters()::clear);
        return bar;
    }

    private Label error() {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        return error;
    }

    private javafx.scene.layout.FlowPane figures(List<String[]> names) {
        javafx.scene.layout.FlowPane strip = new javafx.scene.layout.FlowPane(28, 8); // wraps at large text
        strip.setId(key + "-figures");
        strip.getStyleClass().add("figures-strip");
        for (String[] f : names) {
            Label value = new Label();
            value.textProperty().bind(model.figureProperty(f[0]));
            VBox figure = Inputs.figure(key + "-fig-" + f[0], f[1], value, f[0].startsWith("by-"));
            if (f[0].startsWith("by-")) {
                figure.setAlignment(Pos.BOTTOM_LEFT);
            }
            strip.getChildren().add(figure);
        }
        return strip;
    }

    private TableView<T> table(String empty) {
        table.setId(key + "-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setPlaceholder(Inputs.muted(empty));
        table.setItems(model.rows());
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>() {
                @Override
                protected void updateItem(T item, boolean isEmpty) {
                    super.updateItem(item, isEmpty);
                    pseudoClassStateChanged(OVERDUE, !isEmpty && item != null && model.isOverdue(item));
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
        return table;
    }

    protected List<Node> extraActions() {
        return List.of();
    }

    protected <V> TableColumn<T, V> column(String title, double width, Function<T, V> value) {
        TableColumn<T, V> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 112));
        table.getColumns().add(c);
        if (table.getColumns().size() == 2) { // the item's own words: they take what is left and wrap; the client's name may wrap too
            ColumnFit.fit(table, c, table.getColumns().get(0));
        }
        return c;
    }

    protected String clientName(long id) {
        return model.clientName(id);
    }

    protected abstract void open(T item);

    protected abstract void create(Long clientId);
}
