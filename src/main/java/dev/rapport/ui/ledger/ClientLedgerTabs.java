package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.Urgency;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.collections.ObservableList;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The client page's Promises, Problems and Requests tabs: the client's items, most urgent first
 * (see {@link Urgency}; the page's view-model reads and sorts them), each opening its sheet.
 */
public final class ClientLedgerTabs {
    private final ListView<Promise> promises = new ListView<>();
    private final ListView<Problem> problems = new ListView<>();
    private final ListView<Request> requests = new ListView<>();
    private final Tab promisesTab;
    private final Tab problemsTab;
    private final Tab requestsTab;

    /** zone: the working hours' zone as the page last read it, for the times received. */
    public ClientLedgerTabs(AppContext app, long clientId, ObservableList<Promise> promiseItems, ObservableList<Problem> problemItems,
                            ObservableList<Request> requestItems, Supplier<ZoneId> zone) {
        promises.setItems(promiseItems);
        problems.setItems(problemItems);
        requests.setItems(requestItems);
        promisesTab = tab("promises", I18n.t("ledger.promises.title"), promises, I18n.t("ledger.promises.new"),
                I18n.t("ledger.client.noPromises"),
                p -> p.what(), p -> I18n.t("ledger.client.promiseLine", p.result().label(), Formats.date(p.due()))
                        + (p.isKept() && p.reportedOn() == null ? I18n.t("ledger.client.notReportedYet") : ""),
                p -> PromiseForm.edit(app, p, x -> { }),
                () -> PromiseForm.create(app, clientId, null, "", x -> { }));
        problemsTab = tab("problems", I18n.t("ledger.problems.title"), problems, I18n.t("ledger.problems.new"),
                I18n.t("ledger.client.noProblems"),
                p -> p.description(), p -> p.severity().label() + " · " + p.status().label()
                        + (p.target() == null ? "" : I18n.t("ledger.client.target", Formats.date(p.target())))
                        + (p.status() == ProblemStatus.RESOLVED && p.reportedOn() == null ? I18n.t("ledger.client.notReportedYet") : ""),
                p -> ProblemForm.edit(app, p, x -> { }),
                () -> ProblemForm.create(app, clientId, x -> { }));
        requestsTab = tab("requests", I18n.t("ledger.requests.title"), requests, I18n.t("ledger.requests.new"),
                I18n.t("ledger.client.noRequests"),
                Request::title, r -> I18n.t("ledger.client.received", Formats.dateTime(LocalDateTime.ofInstant(r.receivedAt(), zone.get())))
                        + " · " + RequestsView.Stage.of(r).shortLabel(),
                r -> RequestForm.edit(app, r, x -> { }),
                () -> RequestForm.create(app, clientId, x -> { }));
    }

    public List<Tab> tabs() {
        return List.of(promisesTab, problemsTab, requestsTab);
    }

    private <T> Tab tab(String key, String title, ListView<T> list, String newLabel, String empty, Function<T, String> head,
                        Function<T, String> detail, Consumer<T> open, Runnable create) {
        list.setId("client-" + key);
        list.setPlaceholder(Inputs.muted(empty));
        list.setCellFactory(l -> new ListCell<>() {
            // built once per cell and refilled: a reload changes words, not nodes
            private final Label h = new Label();
            private final Label d = new Label();
            private final VBox box = new VBox(2, h, d);

            {
                h.getStyleClass().add(Styles.TEXT_BOLD);
                d.getStyleClass().add(Styles.TEXT_MUTED);
            }

            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(null);
                if (isEmpty || item == null) {
                    setGraphic(null);
                    return;
                }
                h.setText(Formats.ellipsis(head.apply(item), 140));
                d.setText(detail.apply(item));
                setGraphic(box);
            }
        });
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null) {
                open.accept(item);
            }
        });
        Button add = new Button(newLabel, Icons.of(Feather.PLUS));
        add.setId("client-new-" + key.substring(0, key.length() - 1));
        add.setOnAction(e -> create.run());
        VBox box = new VBox(8, new HBox(8, add), list);
        VBox.setVgrow(list, Priority.ALWAYS);
        Tab tab = new Tab(title, box);
        tab.setId("tab-" + key);
        return tab;
    }
}
