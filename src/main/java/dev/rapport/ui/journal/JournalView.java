package dev.rapport.ui.journal;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.JournalEntry;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.controls.ClientPicker;
import dev.rapport.ui.controls.FilterBar;
import dev.rapport.ui.controls.ListHeader;

import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** All clients' entries, newest first, filtered by client, channel, tag and dates; paged (see {@link JournalViewModel}). */
public final class JournalView extends VBox {
    private final AppContext app;
    private final JournalViewModel model;
    private final ListView<JournalEntry> list = new ListView<>();

    public JournalView(AppContext app) {
        this.app = app;
        this.model = new JournalViewModel(app.session(), app.background());
        setId("journal-view");
        ListHeader.page(this);
        getChildren().addAll(header(), filters(), filterError(), list, more());
        VBox.setVgrow(list, Priority.ALWAYS);
        list();
        model.onFailure(app.status()::say);
        model.follower().whileShown(this);
        model.reload();
    }

    private ListHeader header() {
        return new ListHeader(I18n.t("journal.title"), "journal-count", model.countProperty(), List.of(
                ListHeader.main("journal-new-entry", I18n.t("journal.newEntry"), Feather.EDIT_3,
                        () -> app.navigator().newInteraction(model.filters().clientId()))));
    }

    private FilterBar filters() {
        FilterBar bar = new FilterBar();
        bar.choice(new ClientPicker("journal-client"), "journal-client", I18n.t("journal.filter.allClients"), Client::name,
                model.filters().clients(), model.filters().clientProperty());
        bar.choice("journal-channel", I18n.t("journal.filter.allChannels"), c -> c.label(), model.channels(), model.channelProperty());
        bar.choice("journal-tag", I18n.t("journal.filter.anyTag"), t -> t, model.tags(), model.tagProperty());
        bar.date("journal-from", I18n.t("journal.filter.from"), app.session().clock(), 140, model.filters().fromProperty());
        bar.date("journal-to", I18n.t("journal.filter.to"), app.session().clock(), 140, model.filters().toProperty());
        bar.clear("journal-clear", I18n.t("journal.filter.clear"), model.filters()::clear);
        return bar;
    }

    private Label filterError() {
        Label error = new Label();
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setId("journal-filter-error");
        error.textProperty().bind(model.filterErrorProperty());
        error.managedProperty().bind(model.filterErrorProperty().isNotEmpty());
        return error;
    }

    private Button more() {
        Button more = new Button(I18n.t("journal.older"));
        more.setId("journal-more");
        more.getStyleClass().add(Styles.FLAT);
        more.setOnAction(e -> model.loadMore());
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        return more;
    }

    private void list() {
        list.setId("journal-list");
        list.setItems(model.entries());
        list.setCellFactory(l -> new EntryCell(true));
        Label empty = new Label(I18n.t("journal.noMatch"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    private void openSelected() {
        JournalEntry e = list.getSelectionModel().getSelectedItem();
        if (e != null) {
            app.navigator().editInteraction(e.interaction().id());
        }
    }
}
