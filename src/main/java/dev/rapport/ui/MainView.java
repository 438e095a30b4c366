package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.Rail.Place;
import dev.rapport.ui.clients.ClientForm;
import dev.rapport.ui.clients.ClientPage;
import dev.rapport.ui.clients.ClientsView;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.common.Sheets;
import dev.rapport.ui.common.StatusLine;
import dev.rapport.ui.contacts.PeopleView;
import dev.rapport.ui.data.DataMenu;
import dev.rapport.ui.health.HealthView;
import dev.rapport.ui.journal.InteractionForm;
import dev.rapport.ui.journal.JournalView;
import dev.rapport.ui.ledger.ProblemsView;
import dev.rapport.ui.ledger.PromisesView;
import dev.rapport.ui.ledger.RequestsView;
import dev.rapport.ui.search.SearchBox;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.today.TodayView;

import java.util.EnumSet;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The frame: the {@link Rail}, the {@link TopBar}, the screen shown, the status line, and the
 * {@link SheetHost}. A screen shown follows the journal's change notice itself while it is shown
 * ({@link ChangeFollower}); the frame only keeps the rail's due count in step.
 */
public final class MainView extends StackPane implements Navigator, Sheets {
    private final AppContext app;
    private final JournalActions actions;
    private final BorderPane frame = new BorderPane();
    private final Rail rail = new Rail(this::go);
    private final ScreenHost screens;
    private final SheetHost sheets;
    private final SearchBox search;
    private final TopBar topBar;
    private final NewItems newItems;

    public MainView(JournalSession session, Background background, Dialogs dialogs, JournalActions actions) {
        this.actions = actions;
        StatusLine status = new StatusLine();
        status.setJournal(session.file().toString());
        this.app = new AppContext(session, background, dialogs, this, status, this);
        this.screens = new ScreenHost(rail, session.changes());
        this.sheets = new SheetHost(frame, screens.node(), dialogs);
        setId("main-view");
        this.newItems = new NewItems(app, screens);
        search = new SearchBox(app, hit -> openHit(hit));
        topBar = new TopBar(this, newItems, search, actions);
        frame.setLeft(rail.node());
        frame.setTop(topBar.node());
        frame.setCenter(screens.node());
        frame.setBottom(status);
        frame.setId("main-frame");
        SheetFocus.tabLeavesTextAreas(this);
        getChildren().addAll(frame, sheets.node());
        // Today counts its own badge when it reloads; elsewhere the frame counts again after a change.
        ChangeFollower.whileShown(this, session.changes(), EnumSet.allOf(JournalChanges.Kind.class), () -> {
            if (!rail.isSelected(Place.TODAY)) {
                app.background().run(() -> app.session().todayList().today().dueCount(), rail::showDue,
                        t -> app.status().say(t.getMessage()));
            }
        });
        if (session.clients().count() == 0) {
            showClients();
        } else {
            showToday();
        }
    }

    /** Puts one sentence on the status line. */
    public void say(String sentence) {
        app.status().say(sentence);
    }

    public AppContext context() {
        return app;
    }

    /** Keyboard shortcuts for the main actions, installed on the window's scene. */
    public void installShortcuts(Scene scene) {
        Shortcuts.install(scene, this, newItems, sheets);
    }

    private void go(Place place) {
        switch (place) {
            case TODAY -> showToday();
            case CLIENTS -> showClients();
            case JOURNAL -> showJournal();
            case PROMISES -> showPromises();
            case PROBLEMS -> showProblems();
            case REQUESTS -> showRequests();
            case HEALTH -> showHealth();
            case SETTINGS -> showSettings();
        }
    }

    /** The meeting brief: the current client's Brief tab, else the brief with a client picker. */
    public void showBrief() {
        if (screens.clientPage() != null) {
            screens.clientPage().showBrief();
            return;
        }
        var clients = app.session().clients().all().stream().filter(c -> !c.archived()).toList();
        screens.show(new dev.rapport.ui.brief.BriefPane(app, clients, null), null);
    }

    private void openHit(dev.rapport.model.SearchHit hit) {
        search.clear();
        newItems.open(hit);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /** The Export and Import submenus (tests give them fixed files instead of choosers). */
    DataMenu dataMenu() {
        return topBar.dataMenu();
    }

    @Override
    public void showToday() {
        screens.show(new TodayView(app, rail::showDue), Place.TODAY);
    }

    @Override
    public void showPromises() {
        screens.show(new PromisesView(app), Place.PROMISES);
    }

    @Override
    public void showProblems() {
        screens.show(new ProblemsView(app), Place.PROBLEMS);
    }

    @Override
    public void showRequests() {
        screens.show(new RequestsView(app), Place.REQUESTS);
    }

    @Override
    public void showClients() {
        screens.show(new ClientsView(app), Place.CLIENTS);
    }

    @Override
    public void showClient(long clientId) {
        ClientPage page = new ClientPage(app, clientId);
        page.setUserData(clientId);
        screens.show(page, Place.CLIENTS);
    }

    @Override
    public void showBrief(long clientId) {
        showClient(clientId);
        screens.clientPage().showBrief();
    }

    @Override
    public void showPeople() {
        screens.show(new PeopleView(app), Place.CLIENTS);
    }

    @Override
    public void showJournal() {
        screens.show(new JournalView(app), Place.JOURNAL);
    }

    @Override
    public void showHealth() {
        screens.show(new HealthView(app), Place.HEALTH);
    }

    public void showSettings() {
        screens.show(new SettingsView(app, actions), Place.SETTINGS);
    }

    @Override
    public void newClient() {
        ClientForm.open(app, null, c -> showClient(c.id()));
    }

    @Override
    public void newInteraction(Long clientId) {
        InteractionForm.open(app, clientId, null, i -> { });
    }

    @Override
    public void editInteraction(long interactionId) {
        app.session().interactions().find(interactionId)
                .ifPresentOrElse(i -> InteractionForm.open(app, null, i, saved -> { }),
                        () -> app.status().say(I18n.t("app.entryGone")));
    }

    @Override
    public void openDemo() {
        actions.openDemo();
    }

    @Override
    public void refresh() {
        screens.reload();
    }

    /** This frame stops asking for notices (another frame or another journal takes its place). */
    public void dispose() {
        topBar.stop();
    }

    /**
     * A new frame in place of this one, in the language now chosen: every screen reads its texts
     * when built, so building again is the whole switch. Same journal session, same window.
     */
    @Override
    public void rebuild(String message) {
        Scene scene = getScene();
        dispose();
        MainView fresh = new MainView(app.session(), app.background(), app.dialogs(), actions);
        fresh.setAnimated(sheets.isAnimated());
        if (scene != null) {
            scene.setRoot(fresh);
            fresh.installShortcuts(scene);
        }
        fresh.showSettings();
        fresh.app.status().say(message);
    }

    /** Tests switch the sheet's slide-in off, so what they click is where it will stay. */
    public void setAnimated(boolean animated) {
        sheets.setAnimated(animated);
    }

    @Override
    public void show(Node sheet) {
        sheets.show(sheet);
    }

    @Override
    public void close() {
        sheets.close();
    }

    /** The sheet now open, if any (tests and the keyboard checks ask). */
    public Node openSheet() {
        return sheets.openSheet();
    }
}
