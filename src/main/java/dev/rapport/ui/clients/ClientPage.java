package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientTimeline;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.contacts.PeopleTab;
import dev.rapport.ui.health.ClientHealthPane;
import dev.rapport.ui.ledger.ClientLedgerTabs;


import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One client: a header card, then its timeline, its people and its details (the state is {@link ClientPageViewModel}'s). */
public final class ClientPage extends VBox {
    private final AppContext app;
    private final long clientId;
    private final ClientPageViewModel model;
    private final VBox header = new VBox(8);
    private final ListView<ClientTimeline.Item> timeline = new ListView<>();
    private final PeopleTab people;
    private final Label details = new Label();
    private final Button more = new Button(I18n.t("clients.page.older"));
    private final TabPane tabs = new TabPane();
    private final ClientLedgerTabs ledger;
    /** The overview the header shows. */
    private ClientOverview shown;

    public ClientPage(AppContext app, long clientId) {
        this.app = app;
        this.clientId = clientId;
        this.model = new ClientPageViewModel(app.session(), app.background(), clientId);
        this.ledger = new ClientLedgerTabs(app, clientId, model.promises(), model.problems(), model.requests(), model::zone);
        this.people = new PeopleTab(app, model.people(), () -> model.client() == null ? "" : model.client().name());
        setId("client-page");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        getChildren().addAll(header, tabs());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        model.onFailure(app.status()::say);
        model.overviewProperty().addListener((o, was, now) -> show(now));
        model.goneProperty().addListener((o, was, now) -> app.navigator().showClients());
        model.follower().whileShown(this);
        new dev.rapport.ui.data.MailDrop(app, model::reload).install(this, () -> dev.rapport.logic.MailIntake.Context.client(clientId));
        model.reload();
    }

    public void showPeople() {
        tabs.getTabs().stream().filter(t -> "tab-people".equals(t.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    /** Selects the Brief tab (Ctrl+B on a client page). */
    public void showBrief() {
        tabs.getTabs().stream().filter(t -> "tab-brief".equals(t.getId())).findFirst().ifPresent(tabs.getSelectionModel()::select);
    }

    private TabPane tabs() {
        timeline.setId("client-timeline");
        timeline.setItems(model.timeline());
        timeline.setCellFactory(l -> new TimelineCell());
        timeline.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelectedEntry();
            }
        });
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedEntry();
            }
        });
        Label noEntries = new Label(I18n.t("clients.page.noEntries"));
        noEntries.getStyleClass().add(Styles.TEXT_MUTED);
        timeline.setPlaceholder(noEntries);
        more.setId("client-more");
        more.getStyleClass().add(Styles.FLAT);
        more.setOnAction(e -> model.loadMore());
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        VBox timelineBox = new VBox(8, timeline, more);
        VBox.setVgrow(timeline, Priority.ALWAYS);

        VBox peopleBox = people;

        details.setWrapText(true);
        details.setAlignment(Pos.TOP_LEFT);
        details.setPadding(new Insets(8));
        Tab t1 = new Tab(I18n.t("clients.tab.timeline"), timelineBox);
        Tab t2 = new Tab(I18n.t("contacts.tab.people"), peopleBox);
        Tab t3 = new Tab(I18n.t("clients.tab.details"), details);
        t1.setId("tab-timeline");
        t2.setId("tab-people");
        Tab health = new Tab(I18n.t("clients.tab.health"));
        health.setId("tab-health");
        health.setOnSelectionChanged(e -> {
            if (health.isSelected()) {
                health.setContent(new ClientHealthPane(app, clientId));
            }
        });
        Tab brief = new Tab(I18n.t("clients.tab.brief"));
        brief.setId("tab-brief");
        brief.setOnSelectionChanged(e -> {
            if (brief.isSelected()) {
                brief.setContent(new dev.rapport.ui.brief.BriefPane(app, clientId));
            }
        });
        tabs.getTabs().add(t1);
        tabs.getTabs().addAll(ledger.tabs());
        tabs.getTabs().addAll(t2, t3, health, brief);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private void show(ClientOverview o) {
        if (shown != null && shown.client().equals(o.client()) && header.getChildren().size() == 1) {
            ClientHeader.refresh((VBox) header.getChildren().get(0), o);
        } else {
            header.getChildren().setAll(ClientHeader.card(app, model, o));
        }
        shown = o;
        details.setText(detailsText(o.client()));
    }

    private void openSelectedEntry() {
        ClientTimeline.Item item = timeline.getSelectionModel().getSelectedItem();
        if (item instanceof ClientTimeline.Entry e) {
            app.navigator().editInteraction(e.entry().interaction().id());
        } else if (item instanceof ClientTimeline.PromiseMade p) {
            PromiseForm.edit(app, p.promise(), x -> { });
        } else if (item instanceof ClientTimeline.ProblemRaised p) {
            ProblemForm.edit(app, p.problem(), x -> { });
        } else if (item instanceof ClientTimeline.RequestReceived r) {
            RequestForm.edit(app, r.request(), x -> { });
        }
    }

    private static String detailsText(Client c) {
        return (c.industry().isEmpty() ? "" : I18n.t("clients.details.industry", c.industry()) + "\n\n")
                + (c.notes().isEmpty() ? I18n.t("clients.details.noNotes") : c.notes());
    }
}
