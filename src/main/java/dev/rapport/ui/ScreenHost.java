package dev.rapport.ui;

import dev.rapport.logic.JournalChanges;
import dev.rapport.ui.Rail.Place;
import dev.rapport.ui.clients.ClientPage;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.Refreshable;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** Where the screen shown sits, beside the rail: one screen at a time, its rail place marked. */
final class ScreenHost {
    private final StackPane content = new StackPane();
    private final Rail rail;
    private final JournalChanges changes;
    private Node current;

    ScreenHost(Rail rail, JournalChanges changes) {
        this.rail = rail;
        this.changes = changes;
    }

    StackPane node() {
        return content;
    }

    /** Shows a screen; one that is {@link Refreshable} follows the change notice while it is shown. */
    void show(Node screen, Place place) {
        current = screen;
        if (screen instanceof Refreshable refreshable) {
            ChangeFollower.follow(screen, changes, refreshable);
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
