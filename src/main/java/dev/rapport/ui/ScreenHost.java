package dev.rapport.ui;

import dev.rapport.model.Client;
import dev.rapport.ui.Rail.Place;
import dev.rapport.ui.brief.BriefPane;
import dev.rapport.ui.clients.ClientPage;
import dev.rapport.ui.clients.ClientsView;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.ui.contacts.PeopleView;
import dev.rapport.ui.health.HealthView;
import dev.rapport.ui.journal.JournalView;
import dev.rapport.ui.ledger.ProblemsView;
import dev.rapport.ui.ledger.PromisesView;
import dev.rapport.ui.ledger.RequestsView;
import dev.rapport.ui.settings.SettingsView;
import dev.rapport.ui.today.TodayView;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Where the screen shown sits, beside the rail: one screen at a time, its rail place marked. Each
 * place's screen is built afresh when shown (it reads its texts and loads its data when built).
 */
final class ScreenHost {
    private final StackPane content = new StackPane();
    private final Rail rail;
    private final AppContext app;
    private final JournalActions actions;
    private Node current;

    ScreenHost(AppContext app, JournalActions actions) {
        this.rail = new Rail(this::show);
        this.app = app;
        this.actions = actions;
    }

    StackPane node() {
        return content;
    }

    /** The rail beside the screens; pressing a place shows its screen. */
    Rail rail() {
        return rail;
    }

    /** Today; a journal without clients opens on Clients instead, once that is known (read off the FX thread). */
    void showFirst() {
        show(Place.TODAY);
        app.background().run(() -> app.session().clients().count(), clients -> {
            if (clients == 0 && rail.isSelected(Place.TODAY)) {
                show(Place.CLIENTS);
            }
        }, t -> app.status().say(t.getMessage()));
    }

    /** Shows the screen of a rail place. */
    void show(Place place) {
        show(switch (place) {
            case TODAY -> new TodayView(app, rail::showDue);
            case CLIENTS -> new ClientsView(app);
            case JOURNAL -> new JournalView(app);
            case PROMISES -> new PromisesView(app);
            case PROBLEMS -> new ProblemsView(app);
            case REQUESTS -> new RequestsView(app);
            case HEALTH -> new HealthView(app);
            case SETTINGS -> new SettingsView(app, actions);
        }, place);
    }

    void showClient(long clientId) {
        ClientPage page = new ClientPage(app, clientId);
        page.setUserData(clientId);
        show(page, Place.CLIENTS);
    }

    void showPeople() {
        show(new PeopleView(app), Place.CLIENTS);
    }

    /** The meeting brief: the client page's Brief tab, else the brief with a picker of the clients not archived, read off the FX thread. */
    void showBrief() {
        if (clientPage() != null) {
            clientPage().showBrief();
            return;
        }
        app.background().run(() -> app.session().clients().all(), all -> {
            List<Client> active = all.stream().filter(c -> !c.archived()).toList();
            show(new BriefPane(app, active, null), null);
        }, t -> app.status().say(t.getMessage()));
    }

    /** Shows a screen; one that is {@link Refreshable} follows the change notice while it is shown. */
    void show(Node screen, Place place) {
        current = screen;
        if (screen instanceof Refreshable refreshable) {
            ChangeFollower.follow(screen, app.session().changes(), refreshable);
        }
        content.getChildren().setAll(screen);
        rail.select(place);
    }

    /** The client page shown, if a client page is shown. */
    ClientPage clientPage() {
        return current instanceof ClientPage page ? page : null;
    }

    /** The client on screen, for a new entry or promise; null when no client page is shown. */
    Long clientId() {
        ClientPage page = clientPage();
        return page == null ? null : (Long) page.getUserData();
    }

    /** Reloads the screen shown, for a change outside the journal (the journal's own changes reload it already). */
    void reload() {
        if (current instanceof Refreshable screen) {
            screen.reload();
        }
    }
}
