package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.rapport.i18n.I18n;
import dev.rapport.model.PersonOverview;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.ClientFilterFields;
import dev.rapport.ui.common.ColumnFit;
import dev.rapport.ui.common.Columns;
import dev.rapport.ui.controls.FilterBar;
import dev.rapport.ui.controls.ListHeader;

import java.util.List;
import java.util.Locale;

import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Everyone in the journal, whatever client they are at: filtered like the client list (text,
 * client status, tag, rhythm state, last contact from/until), with saved views and a tag added
 * to or removed from many people at once. The state is {@link PeopleViewModel}'s.
 */
public final class PeopleView extends VBox {
    private final AppContext app;
    private final PeopleViewModel model;
    private final TableView<PersonOverview> table = new TableView<>();

    public PeopleView(AppContext app) {
        this.app = app;
        this.model = new PeopleViewModel(app.session(), app.background());
        setId("people-view");
        ListHeader.page(this);
        getChildren().addAll(header(), filters(), new PeopleBulkRow(app, this::chosenForBulk).node(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table();
        model.onFailure(app.status()::say);
        model.follower().whileShown(this);
        model.reload();
    }

    private ListHeader header() {
        return new ListHeader(I18n.t("contacts.list.title"), "people-count", model.countProperty(), List.of(
                ListHeader.action("people-duplicates", I18n.t("contacts.list.duplicates"), Feather.USERS, () -> DuplicatesSheet.open(app, () -> { }))))
                .withBack("people-back", I18n.t("contacts.list.back"), app.navigator()::showClients);
    }

    private FilterBar filters() {
        ClientFilterFields.Words words = new ClientFilterFields.Words(I18n.t("contacts.list.filterPrompt"),
                I18n.t("contacts.list.anyStatus"), s -> I18n.t("contacts.list.status", s.label().toLowerCase(Locale.ROOT)),
                I18n.t("contacts.list.anyTag"), t -> "#" + t, I18n.t("contacts.list.anyRhythm"), PeopleView::rhythm,
                I18n.t("contacts.list.contactedFrom"), I18n.t("contacts.list.contactedUntil"), I18n.t("contacts.list.savedViews"),
                I18n.t("contacts.list.saveView"), I18n.t("contacts.view.title"), I18n.t("contacts.view.subtitle"),
                I18n.t("contacts.view.name"), name -> I18n.t("contacts.view.saved", name));
        FilterBar bar = new FilterBar();
        ClientFilterFields.first(bar, "people", "people-filter", 320, model.filters(), words);
        ClientFilterFields.rest(bar, app, "people", model.filters(), words);
        return bar;
    }

    private static String rhythm(RhythmState r) {
        return switch (r) {
            case GREEN -> I18n.t("contacts.list.rhythm.green");
            case AMBER -> I18n.t("contacts.list.rhythm.amber");
            case RED -> I18n.t("contacts.list.rhythm.red");
            case NEVER -> I18n.t("contacts.list.rhythm.never");
        };
    }

    private void table() {
        table.setId("people-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        TableColumn<PersonOverview, String> name = Columns.of(I18n.t("contacts.list.column.name"), o -> o.person().contact().name());
        name.setPrefWidth(200);
        TableColumn<PersonOverview, String> roles = Columns.of(I18n.t("contacts.list.column.roles"), model::roles);
        roles.setPrefWidth(320);
        TableColumn<PersonOverview, PersonOverview> last = Columns.lastContact(I18n.t("contacts.list.column.last"), 150,
                PersonOverview::rhythmState, PersonOverview::daysSinceLastContact);
        TableColumn<PersonOverview, String> email = Columns.of(I18n.t("contacts.list.column.email"), o -> o.person().contact().email());
        TableColumn<PersonOverview, String> tags = Columns.of(I18n.t("contacts.list.column.tags"), o -> String.join(", ", o.person().tags()));
        tags.setId("people-tags-column");
        table.getColumns().addAll(List.of(name, roles, last, email, tags));
        ColumnFit.fit(table, roles);
        SortedList<PersonOverview> sorted = new SortedList<>(model.shown());
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

    private void open(PersonOverview o) {
        long home = o.person().contact().clientId();
        ContactForm.open(app, home, model.clientName(home), o.person().contact(), c -> { });
    }

    private List<PersonOverview> chosenForBulk() {
        return model.chosenForBulk(table.getSelectionModel().getSelectedItems());
    }
}
