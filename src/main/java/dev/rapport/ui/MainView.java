package dev.rapport.ui;

import atlantafx.base.controls.ModalPane;
import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.SearchHit;
import dev.rapport.ui.backup.RestoreSheet;
import dev.rapport.ui.clients.ClientForm;
import dev.rapport.ui.clients.ClientPage;
import dev.rapport.ui.clients.ClientsView;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.Dialogs;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.ui.common.SheetFocus;
import dev.rapport.ui.common.Sheets;
import dev.rapport.ui.common.StatusLine;
import dev.rapport.ui.health.HealthView;
import dev.rapport.ui.journal.InteractionForm;
import dev.rapport.ui.journal.JournalView;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.ProblemsView;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.PromisesView;
import dev.rapport.ui.ledger.RequestForm;
import dev.rapport.ui.ledger.RequestsView;
import dev.rapport.ui.search.SearchBox;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.today.TodayView;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The frame: left rail, top bar with search and + New, the content, the status line, and sheets. */
public final class MainView extends StackPane implements Navigator, Sheets {
    private final AppContext app;
    private final JournalActions actions;
    private final BorderPane frame = new BorderPane();
    private final ModalPane modal = new ModalPane();
    private dev.rapport.ui.data.DataMenu dataMenu;
    private final ToggleGroup rail = new ToggleGroup();
    private final ToggleButton clientsButton;
    private final ToggleButton journalButton;
    private final ToggleButton todayButton;
    private final ToggleButton promisesButton;
    private final ToggleButton problemsButton;
    private final ToggleButton requestsButton;
    private final Label todayBadge = new Label();
    private final ToggleButton healthButton;
    private final ToggleButton settingsButton;
    private final SearchBox search;
    private final StackPane content = new StackPane();
    private dev.rapport.ui.notify.NoticeBell notices;
    private Node current;
    private boolean animated = true;
    private final JournalChanges.Subscription changes;
    /** Changes heard and not yet followed: several writes in one go refresh the screen once. */
    private final java.util.concurrent.atomic.AtomicReference<JournalChanges.Change> pending = new java.util.concurrent.atomic.AtomicReference<>();
    /** The sheet on screen, and where the focus was before it opened (it goes back there). */
    private Node sheet;
    private Node focusBefore;

    public MainView(JournalSession session, Background background, Dialogs dialogs, JournalActions actions) {
        this.actions = actions;
        StatusLine status = new StatusLine();
        status.setJournal(session.file().toString());
        this.app = new AppContext(session, background, dialogs, this, status, this);
        setId("main-view");
        clientsButton = railButton(I18n.t("app.rail.clients"), Feather.USERS, "rail-clients");
        journalButton = railButton(I18n.t("app.rail.journal"), Feather.BOOK, "rail-journal");
        clientsButton.setOnAction(e -> showClients());
        journalButton.setOnAction(e -> showJournal());
        todayButton = railButton(I18n.t("app.rail.today"), Feather.SUN, "rail-today");
        todayButton.setOnAction(e -> showToday());
        todayBadge.setId("today-badge");
        todayBadge.getStyleClass().addAll("badge", "today-badge");
        todayBadge.setVisible(false);
        promisesButton = railButton(I18n.t("app.rail.promises"), Feather.FLAG, "rail-promises");
        promisesButton.setOnAction(e -> showPromises());
        problemsButton = railButton(I18n.t("app.rail.problems"), Feather.ALERT_TRIANGLE, "rail-problems");
        problemsButton.setOnAction(e -> showProblems());
        requestsButton = railButton(I18n.t("app.rail.requests"), Feather.MAIL, "rail-requests");
        requestsButton.setOnAction(e -> showRequests());
        healthButton = railButton(I18n.t("app.rail.health"), Feather.ACTIVITY, "rail-health");
        healthButton.setOnAction(e -> showHealth());
        settingsButton = railButton(I18n.t("app.rail.settings"), Feather.SETTINGS, "rail-settings");
        settingsButton.setOnAction(e -> showSettings());
        search = new SearchBox(app, this::open);
        frame.setLeft(rail());
        frame.setTop(topBar(session));
        frame.setCenter(content);
        frame.setBottom(status);
        modal.setId("sheet-pane");
        // a click beside a sheet must not throw away what was typed in it: Esc and Cancel ask first
        modal.setPersistent(true);
        modal.setFocusTraversable(false);
        modal.displayProperty().addListener((o, was, shown) -> {
            if (!shown) {
                sheetClosed();
            }
        });
        frame.setId("main-frame");
        SheetFocus.tabLeavesTextAreas(this);
        getChildren().addAll(frame, modal);
        changes = session.changes().listen(this::heard);
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
        var acc = scene.getAccelerators();
        acc.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::focusSearch));
        acc.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::focusSearch));
        acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(() -> newInteraction(currentClientId())));
        acc.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), () -> leaveSheetThen(this::newClient));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showToday));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showClients));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showJournal));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showPromises));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showProblems));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT6, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showRequests));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT7, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showHealth));
        acc.put(new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showSettings));
        acc.put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showSettings));
        acc.put(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(this::showBrief));
        acc.put(NEW_PROMISE, () -> quickEntry(NEW_PROMISE, this::newPromise));
        acc.put(NEW_REQUEST, () -> quickEntry(NEW_REQUEST, this::newRequest));
        acc.put(NEW_PROBLEM, () -> quickEntry(NEW_PROBLEM, this::newProblem));
        acc.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> leaveSheetThen(() -> dev.rapport.ui.quicklog.QuickLogLine.open(app, this, this::refresh)));
        acc.put(new KeyCodeCombination(KeyCode.F1), () -> leaveSheetThen(() -> ShortcutSheet.open(this)));
        acc.put(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN), () -> leaveSheetThen(() -> ShortcutSheet.open(this)));
        // While a sheet is open every key is the sheet's, even one that comes before the focus has settled in
        // it (a real window's keys can beat the slide-in): it goes to the sheet's first empty field instead.
        scene.addEventFilter(javafx.scene.input.KeyEvent.ANY, e -> {
            if (sheet != null && !(e.getTarget() instanceof Node n && SheetFocus.inside(n, sheet))) {
                Node target = SheetFocus.firstEmpty(sheet);
                if (target != null) {
                    e.consume();
                    target.requestFocus();
                    Node owner = scene.getFocusOwner() != null && SheetFocus.inside(scene.getFocusOwner(), sheet)
                            ? scene.getFocusOwner() : target;
                    javafx.event.Event.fireEvent(owner, e.copyFor(owner, owner));
                }
            }
        });
    }

    /**
     * A key that goes somewhere else while a sheet is open closes the sheet first, as Esc would
     * (asking when something was typed); if the user keeps the sheet, the key does nothing.
     */
    private void leaveSheetThen(Runnable action) {
        if (sheet instanceof Form form) {
            form.cancel();
        } else if (sheet != null) {
            close();
        }
        if (sheet == null) {
            action.run();
        }
    }

    /** Alt+P/R/X: inside a sheet that takes promises, requests or problems they add one there; else a new one. */
    private void quickEntry(KeyCombination keys, Runnable outside) {
        if (sheet instanceof Form form && form.handlesKeys(keys)) {
            form.runKeys(keys);
        } else {
            leaveSheetThen(outside);
        }
    }

    // Quick entry (UI.md): Alt+P promise, Alt+R request, Alt+X problem, for the client on screen.
    private static final KeyCombination NEW_PROMISE = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEW_REQUEST = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    private static final KeyCombination NEW_PROBLEM = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);

    private void newPromise() {
        PromiseForm.create(app, currentClientId(), null, "", p -> refresh());
    }

    private void newRequest() {
        RequestForm.create(app, currentClientId(), r -> refresh());
    }

    private void newProblem() {
        ProblemForm.create(app, currentClientId(), p -> refresh());
    }

    /** The meeting brief: the current client's Brief tab, else the brief with a client picker. */
    public void showBrief() {
        if (current instanceof ClientPage page) {
            page.showBrief();
            return;
        }
        var clients = app.session().clients().all().stream().filter(c -> !c.archived()).toList();
        setContent(new dev.rapport.ui.brief.BriefPane(app, clients, null), null);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private Long currentClientId() {
        return current instanceof ClientPage page ? (Long) page.getUserData() : null;
    }

    private VBox rail() {
        Label brand = new Label("Rapport");
        brand.getStyleClass().addAll(Styles.TITLE_4, "brand");
        StackPane today = new StackPane(todayButton, todayBadge);
        StackPane.setAlignment(todayBadge, Pos.CENTER_RIGHT);
        StackPane.setMargin(todayBadge, new Insets(0, 8, 0, 0));
        todayBadge.setMouseTransparent(true);
        VBox box = new VBox(6, brand, today, clientsButton, journalButton, promisesButton, problemsButton, requestsButton, healthButton, settingsButton);
        box.getStyleClass().add("rail");
        RailKeys.install(box, List.of(todayButton, clientsButton, journalButton, promisesButton, problemsButton, requestsButton,
                healthButton, settingsButton));
        box.setPadding(new Insets(16, 10, 16, 10));
        // As wide as the longest label in the chosen language needs (Today keeps room for its badge), at least 148.
        box.setMinWidth(148);
        box.setPrefWidth(Region.USE_COMPUTED_SIZE);
        return box;
    }

    private ToggleButton railButton(String text, Ikon icon, String id) {
        ToggleButton b = new ToggleButton(text, Icons.of(icon));
        b.setId(id);
        b.setToggleGroup(rail);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().addAll(Styles.FLAT, "rail-button");
        return b;
    }

    private HBox topBar(JournalSession session) {
        MenuButton add = new MenuButton(I18n.t("app.new"), Icons.of(Feather.PLUS));
        add.setId("new-menu");
        add.getStyleClass().add(Styles.ACCENT);
        MenuItem entry = new MenuItem(I18n.t("app.new.entry"));
        entry.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        entry.setOnAction(e -> newInteraction(currentClientId()));
        MenuItem client = new MenuItem(I18n.t("app.new.client"));
        client.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        client.setOnAction(e -> newClient());
        MenuItem promise = new MenuItem(I18n.t("app.new.promise"));
        promise.setId("new-promise");
        promise.setAccelerator(NEW_PROMISE);
        promise.setOnAction(e -> newPromise());
        MenuItem problem = new MenuItem(I18n.t("app.new.problem"));
        problem.setId("new-problem");
        problem.setAccelerator(NEW_PROBLEM);
        problem.setOnAction(e -> newProblem());
        MenuItem request = new MenuItem(I18n.t("app.new.request"));
        request.setId("new-request");
        request.setAccelerator(NEW_REQUEST);
        request.setOnAction(e -> newRequest());
        add.getItems().addAll(entry, promise, problem, request, client);
        MenuButton journal = journalMenu(session);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        notices = new dev.rapport.ui.notify.NoticeBell(app);
        notices.start();
        HBox bar = new HBox(12, search, add, spacer, notices, journal);
        bar.getStyleClass().add("top-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        return bar;
    }

    /** The journal's own menu: which file is open, backups, and opening another one. */
    private MenuButton journalMenu(JournalSession session) {
        MenuButton menu = new MenuButton(session.displayName(), Icons.of(Feather.DATABASE));
        menu.setId("journal-menu");
        dev.rapport.ui.common.Spoken.name(menu, "spoken.journalMenu", session.displayName());
        menu.getStyleClass().add(Styles.FLAT);
        MenuItem where = new MenuItem(session.file().toString());
        where.setDisable(true);
        MenuItem backup = new MenuItem(I18n.t("app.menu.backup"));
        backup.setId("menu-backup");
        backup.setAccelerator(new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        backup.setOnAction(e -> backUpNow());
        MenuItem restore = new MenuItem(I18n.t("app.menu.restore"));
        restore.setId("menu-restore");
        restore.setOnAction(e -> RestoreSheet.open(app, actions));
        MenuItem open = new MenuItem(I18n.t("app.menu.open"));
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> chooseJournal(false));
        MenuItem create = new MenuItem(I18n.t("app.menu.create"));
        create.setOnAction(e -> chooseJournal(true));
        MenuItem demo = new MenuItem(I18n.t("app.menu.demo"));
        demo.setOnAction(e -> actions.openDemo());
        menu.getItems().addAll(where, new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), open, create, demo);
        dataMenu = new dev.rapport.ui.data.DataMenu(app, new dev.rapport.ui.data.FileChoosers(this), this::refresh);
        menu.getItems().addAll(new SeparatorMenuItem(), dataMenu.exportMenu(), dataMenu.importMenu());
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().addAll(new SecurityMenu(actions).items(session.isEncrypted()));
        return menu;
    }

    /** The Export and Import submenus (tests give them fixed files instead of choosers). */
    dev.rapport.ui.data.DataMenu dataMenu() {
        return dataMenu;
    }

    public void backUpNow() {
        app.status().say(I18n.t("app.backup.running"));
        app.background().run(() -> app.session().backups().backupNow(null),
                file -> app.status().say(I18n.t("app.backup.done", file.toString())),
                t -> app.dialogs().error(I18n.t("app.backup.failed"), t.getMessage()));
    }

    private void chooseJournal(boolean create) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t(create ? "app.chooser.new" : "app.chooser.open"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("app.chooser.filter"), "*.rapport"));
        chooser.setInitialDirectory(app.session().file().getParent().toFile());
        java.io.File file = create ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            actions.open(file.toPath());
        }
    }

    private void setContent(Node node, ToggleButton railButton) {
        current = node;
        content.getChildren().setAll(node);
        rail.selectToggle(railButton);
    }

    private void open(SearchHit hit) {
        search.clear();
        switch (hit.kind()) {
            case CLIENT -> showClient(hit.clientId());
            case CONTACT -> {
                showClient(hit.clientId());
                ((ClientPage) current).showPeople();
            }
            case ENTRY -> editInteraction(hit.id());
            case PROMISE -> PromiseForm.edit(app, app.session().ledger().promise(hit.id()), p -> refresh());
            case PROBLEM -> ProblemForm.edit(app, app.session().ledger().problem(hit.id()), p -> refresh());
            case REQUEST -> RequestForm.edit(app, app.session().ledger().request(hit.id()), r -> refresh());
        }
    }

    @Override
    public void showToday() {
        setContent(new TodayView(app, this::showDue), todayButton);
    }

    @Override
    public void showPromises() {
        setContent(new PromisesView(app), promisesButton);
    }

    @Override
    public void showProblems() {
        setContent(new ProblemsView(app), problemsButton);
    }

    @Override
    public void showRequests() {
        setContent(new RequestsView(app), requestsButton);
    }

    private void showDue(int count) {
        todayBadge.setText(badgeText(count));
        todayBadge.setAccessibleText(Integer.toString(count));
        todayBadge.setVisible(count > 0);
    }

    /** The rail's due count, "99+" above 99: four digits would cover the word Today. */
    static String badgeText(int count) {
        return count > 99 ? "99+" : Integer.toString(count);
    }

    @Override
    public void showClients() {
        setContent(new ClientsView(app), clientsButton);
    }

    @Override
    public void showClient(long clientId) {
        ClientPage page = new ClientPage(app, clientId);
        page.setUserData(clientId);
        setContent(page, clientsButton);
    }

    @Override
    public void showBrief(long clientId) {
        showClient(clientId);
        ((ClientPage) current).showBrief();
    }

    @Override
    public void showPeople() {
        setContent(new dev.rapport.ui.contacts.PeopleView(app), clientsButton);
    }

    @Override
    public void showJournal() {
        setContent(new JournalView(app), journalButton);
    }

    @Override
    public void showHealth() {
        setContent(new HealthView(app), healthButton);
    }

    public void showSettings() {
        setContent(new SettingsView(app, actions), settingsButton);
    }

    @Override
    public void newClient() {
        ClientForm.open(app, null, c -> showClient(c.id()));
    }

    @Override
    public void newInteraction(Long clientId) {
        InteractionForm.open(app, clientId, null, i -> refresh());
    }

    @Override
    public void editInteraction(long interactionId) {
        app.session().interactions().find(interactionId)
                .ifPresentOrElse(i -> InteractionForm.open(app, null, i, saved -> refresh()),
                        () -> app.status().say(I18n.t("app.entryGone")));
    }

    @Override
    public void openDemo() {
        actions.openDemo();
    }

    @Override
    public void refresh() {
        if (current instanceof Refreshable r) {
            r.reload();
        }
    }

    /** Told on the writing thread; followed on the FX thread, once for all the writes heard meanwhile. */
    private void heard(JournalChanges.Change change) {
        if (pending.getAndAccumulate(change, (a, b) -> a == null ? b : a.and(b)) == null) {
            javafx.application.Platform.runLater(() -> follow(pending.getAndSet(null)));
        }
    }

    /** The screen shown reloads when the change concerns it; the rail's badge counts again. */
    private void follow(JournalChanges.Change change) {
        if (change == null) {
            return;
        }
        if (current instanceof Refreshable r && change.touches(r.shows())) {
            r.reload();
        }
        if (!(current instanceof TodayView)) {
            app.background().run(() -> app.session().todayList().today().dueCount(), this::showDue,
                    t -> app.status().say(t.getMessage()));
        }
    }

    /** This frame stops following the journal (another frame or another journal takes its place). */
    public void dispose() {
        changes.close();
        notices.stop();
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
        fresh.setAnimated(animated);
        if (scene != null) {
            scene.setRoot(fresh);
            fresh.installShortcuts(scene);
        }
        fresh.showSettings();
        fresh.app.status().say(message);
    }

    /** Tests switch the sheet's slide-in off, so what they click is where it will stay. */
    public void setAnimated(boolean animated) {
        this.animated = animated;
    }

    @Override
    public void show(Node sheet) {
        if (this.sheet == null) {
            focusBefore = getScene() == null ? null : getScene().getFocusOwner();
        }
        this.sheet = sheet;
        if (sheet instanceof Form form) {
            form.askBeforeDiscarding(() -> app.dialogs().confirm(I18n.t("dialogs.discard.title"),
                    I18n.t("dialogs.discard.text"), I18n.t("dialogs.discard.action")));
            form.markClean();
        }
        modal.setAlignment(Pos.TOP_RIGHT);
        if (animated) {
            modal.usePredefinedTransitionFactories(Side.RIGHT);
        } else {
            modal.setInTransitionFactory(null);
            modal.setOutTransitionFactory(null);
        }
        modal.show(sheet);
        SheetFocus.enter(sheet);
        // Nothing behind an open sheet takes the focus or keys: Tab goes round the sheet's own fields. The focus
        // leaves the screen first, else the scene would move it from the disabled field to a stop of its choosing.
        if (getScene() != null && !(getScene().getFocusOwner() != null && SheetFocus.inside(getScene().getFocusOwner(), sheet))) {
            modal.requestFocus();
        }
        frame.setDisable(true);
    }

    @Override
    public void close() {
        modal.hide(true);
        sheetClosed();
    }

    /** The sheet now open, if any (tests and the keyboard checks ask). */
    public Node openSheet() {
        return sheet;
    }

    private void sheetClosed() {
        if (sheet == null) {
            return;
        }
        sheet = null;
        frame.setDisable(false);
        Node back = focusBefore;
        focusBefore = null;
        if (back != null && back.getScene() == getScene() && !back.isDisabled() && back.isVisible()) {
            back.requestFocus();
        } else {
            Node first = SheetFocus.firstEmpty(content);
            if (first != null) {
                first.requestFocus();
            }
        }
    }
}
