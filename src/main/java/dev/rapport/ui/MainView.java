package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.ui.Rail.Place;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.common.Sheets;
import dev.rapport.ui.common.StatusLine;
import dev.rapport.ui.data.DataMenu;
import dev.rapport.ui.search.SearchBox;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The frame: the {@link Rail}, the {@link TopBar}, the screen shown ({@link ScreenHost}), the status
 * line, and the {@link SheetHost}; it joins them, and each keeps itself in step with the journal.
 */
public final class MainView extends StackPane implements Navigator, Sheets {
    private final AppContext app;
    private final JournalActions actions;
    private final BorderPane frame;
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
        this.screens = new ScreenHost(app, actions);
        setId("main-view");
        this.newItems = new NewItems(app, screens);
        search = new SearchBox(app, newItems::open);
        topBar = new TopBar(this, newItems, search, actions);
        frame = new BorderPane(screens.node(), topBar.node(), null, status, screens.rail().node());
        frame.setId("main-frame");
        this.sheets = new SheetHost(frame, screens.node(), dialogs);
        SheetFocus.tabLeavesTextAreas(this);
        getChildren().addAll(frame, sheets.node());
        screens.rail().followDue(this, app);
        screens.showFirst();
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

    /** The meeting brief: the current client's Brief tab, else the brief with a client picker (Ctrl+B). */
    public void showBrief() {
        screens.showBrief();
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
        screens.show(Place.TODAY);
    }

    @Override
    public void showPromises() {
        screens.show(Place.PROMISES);
    }

    @Override
    public void showProblems() {
        screens.show(Place.PROBLEMS);
    }

    @Override
    public void showRequests() {
        screens.show(Place.REQUESTS);
    }

    @Override
    public void showClients() {
        screens.show(Place.CLIENTS);
    }

    @Override
    public void showClient(long clientId) {
        screens.showClient(clientId);
    }

    @Override
    public void showBrief(long clientId) {
        showClient(clientId);
        screens.clientPage().showBrief();
    }

    @Override
    public void showPeople() {
        screens.showPeople();
    }

    @Override
    public void showJournal() {
        screens.show(Place.JOURNAL);
    }

    @Override
    public void showHealth() {
        screens.show(Place.HEALTH);
    }

    public void showSettings() {
        screens.show(Place.SETTINGS);
    }

    @Override
    public void newClient() {
        newItems.client();
    }

    @Override
    public void newInteraction(Long clientId) {
        newItems.entry(clientId);
    }

    @Override
    public void editInteraction(long interactionId) {
        newItems.editEntry(interactionId);
    }

    @Override
    public void openDemo() {
        actions.openDemo();
    }

    @Override
    public void refresh() {
        screens.reload();
    }

    /**
     * A new frame in place of this one, in the language now chosen: every screen reads its texts
     * when built, so building again is the whole switch. Same journal session, same window.
     */
    @Override
    public void rebuild(String message) {
        Scene scene = getScene();
        topBar.stop();
        MainView fresh = new MainView(app.session(), app.background(), app.dialogs(), actions);
        fresh.setAnimated(sheets.isAnimated());
        if (scene != null) {
            scene.setRoot(fresh);
            fresh.installShortcuts(scene);
        }
        fresh.showSettings();
        fresh.say(message);
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
