package dev.rapport.ui.clients;

import dev.rapport.ui.common.Refreshable;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientTimeline;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.JournalEntry;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.contacts.PeopleTab;
import dev.rapport.ui.health.ClientHealthPane;
import dev.rapport.ui.ledger.ClientLedgerTabs;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** One client: a header card, then its timeline, its people and its details. */
public final class ClientPage extends VBox implements Refreshable {
    private static final int PAGE = 50;

    private final AppContext app;
    private final long clientId;
    private final VBox header = new VBox(8);
    private final ListView<ClientTimeline.Item> timeline = new ListView<>();
    /** The entries loaded so far (a page at a time) and the client's promises, problems and requests, mixed into the timeline. */
    private final List<JournalEntry> entries = new java.util.ArrayList<>();
    private Ledger ledgerItems = new Ledger(List.of(), List.of(), List.of());
    private final PeopleTab people;
    private final Label details = new Label();
    private final Button more = new Button(I18n.t("clients.page.older"));
    private final TabPane tabs = new TabPane();
    private final ClientLedgerTabs ledger;
    private Client client;

    public ClientPage(AppContext app, long clientId) {
        this.app = app;
        this.clientId = clientId;
        this.ledger = new ClientLedgerTabs(app, clientId);
        this.people = new PeopleTab(app, clientId, () -> client == null ? "" : client.name(), this::reload);
        setId("client-page");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        getChildren().addAll(header, tabs());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        reload();
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
        more.setOnAction(e -> loadMore());
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

    @Override
    public void reload() {
        int page = Math.max(PAGE, entries.size());
        app.background().run(() -> new Loaded(
                app.session().clients().overview(clientId).orElse(null),
                people.load(),
                app.session().interactions().forClient(clientId, page, 0), page,
                new Ledger(app.session().ledger().promises(clientId), app.session().ledger().problems(clientId),
                        app.session().ledger().requests(clientId))), this::show, t -> app.status().say(t.getMessage()));
        ledger.reload();
    }

    private record Loaded(ClientOverview overview, PeopleTab.Loaded people, List<JournalEntry> entries, int asked, Ledger ledger) {
    }

    private record Ledger(List<Promise> promises, List<Problem> problems, List<Request> requests) {
    }

    private void show(Loaded data) {
        if (data.overview() == null) {
            app.navigator().showClients();
            return;
        }
        client = data.overview().client();
        header.getChildren().setAll(headerCard(data.overview()));
        people.show(data.people());
        entries.clear();
        entries.addAll(data.entries());
        ledgerItems = data.ledger();
        showTimeline(data.entries().size() < data.asked());
        details.setText(detailsText(client));
    }

    private void loadMore() {
        int offset = entries.size();
        app.background().run(() -> app.session().interactions().forClient(clientId, PAGE, offset), page -> {
            entries.addAll(page);
            showTimeline(page.size() < PAGE);
        }, t -> app.status().say(t.getMessage()));
    }

    private void showTimeline(boolean complete) {
        timeline.getItems().setAll(ClientTimeline.merge(entries, complete, ledgerItems.promises(), ledgerItems.problems(),
                ledgerItems.requests(), app.session().ledger().workingHours().zone()));
        more.setVisible(!complete);
        more.setManaged(more.isVisible());
    }

    private VBox headerCard(ClientOverview o) {
        Button back = new Button(I18n.t("clients.page.back"), Icons.of(Feather.ARROW_LEFT));
        back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        back.setOnAction(e -> app.navigator().showClients());
        Label name = new Label(o.client().name());
        name.setId("client-title");
        name.getStyleClass().add(Styles.TITLE_2);
        Label status = new Label(o.client().status().label() + (o.client().archived() ? " · " + I18n.t("clients.archived") : ""));
        status.getStyleClass().addAll("badge", "status-" + o.client().status().name().toLowerCase());
        HBox titleRow = new HBox(12, name, status);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.Node dot = dev.rapport.ui.common.RhythmMark.of(o.rhythmState());
        Label rhythm = new Label(I18n.t("clients.page.lastContact", Formats.daysAgo(o.daysSinceLastContact())) + " · "
                + I18n.t("clients.page.rhythm", o.client().rhythm().idealDays(), o.client().rhythm().maxDays()));
        rhythm.setId("client-rhythm");
        Label carrier = new Label(o.contextCarrier() == null ? I18n.t("clients.page.noCarrier") : I18n.t("clients.page.carrier", o.contextCarrier()));
        carrier.getStyleClass().add(Styles.TEXT_MUTED);
        Label industry = new Label(o.client().industry());
        industry.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.layout.FlowPane facts = new javafx.scene.layout.FlowPane(10, 4, dot, rhythm, sep(), carrier); // wraps at large text sizes
        if (!o.client().industry().isEmpty()) {
            facts.getChildren().addAll(sep(), industry);
        }
        facts.setAlignment(Pos.CENTER_LEFT);

        Button entry = new Button(I18n.t("clients.page.newEntry"), Icons.of(Feather.EDIT_3));
        entry.setId("client-new-entry");
        entry.getStyleClass().add(Styles.ACCENT);
        entry.setOnAction(e -> app.navigator().newInteraction(clientId));
        Button edit = new Button(I18n.t("clients.page.edit"), Icons.of(Feather.EDIT));
        edit.setId("client-edit");
        edit.setOnAction(e -> ClientForm.open(app, client, c -> { }));
        Button archive = new Button(I18n.t(o.client().archived() ? "clients.page.unarchive" : "clients.page.archive"), Icons.of(Feather.ARCHIVE));
        archive.setId("client-archive");
        archive.setOnAction(e -> toggleArchive());
        Button delete = new Button(I18n.t("clients.page.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("client-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> deleteClient(o));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dates = new Button(I18n.t("clients.page.dates"), Icons.of(Feather.CALENDAR));
        dates.setId("client-dates");
        dates.setOnAction(e -> DatesSheet.open(app, client));
        HBox actions = new HBox(8, entry, dates, spacer, edit, archive, delete);
        VBox card = new VBox(10, back, titleRow, facts, actions);
        card.getStyleClass().add("header-card");
        return card;
    }

    private static Label sep() {
        Label l = new Label("·");
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private void toggleArchive() {
        boolean archived = !client.archived();
        app.session().clients().archive(clientId, archived);
        app.status().sayWithUndo(I18n.t(archived ? "clients.page.archived" : "clients.page.unarchived", client.name()),
                () -> app.session().clients().archive(clientId, !archived));
    }

    private void deleteClient(ClientOverview o) {
        String message = I18n.t("clients.delete.text", o.client().name(), I18n.plural("clients.delete.people", o.contactCount()),
                I18n.plural("clients.delete.entries", o.interactionCount()));
        int choice = app.dialogs().choose(I18n.t("clients.delete.title", o.client().name()), message,
                List.of(I18n.t("clients.delete.archiveInstead"), I18n.t("clients.delete.all")));
        if (choice == 0) {
            toggleArchive();
        } else if (choice == 1) {
            var snapshot = app.session().deleteClient(clientId);
            app.status().sayWithUndo(I18n.t("clients.delete.done", o.client().name()), () -> {
                var restored = app.session().undoDelete(snapshot);
                app.navigator().showClient(restored.id());
            });
            app.navigator().showClients();
        }
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
