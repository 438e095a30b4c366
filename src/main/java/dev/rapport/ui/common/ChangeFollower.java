package dev.rapport.ui.common;

import dev.rapport.logic.JournalChanges;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Follows the journal's change notice for one part of the window while that part is in a window:
 * it listens from when the node enters a scene until it leaves it (so a screen replaced or a frame
 * rebuilt stops listening), and runs {@code follow} on the FX thread, once for all the writes
 * heard meanwhile, when a change touches one of the kinds it shows.
 */
public final class ChangeFollower {
    private final JournalChanges changes;
    private final Set<JournalChanges.Kind> shows;
    private final Runnable follow;
    /** Changes heard and not yet followed: several writes in one go are followed once. */
    private final AtomicReference<JournalChanges.Change> pending = new AtomicReference<>();
    private JournalChanges.Subscription subscription;

    private ChangeFollower(JournalChanges changes, Set<JournalChanges.Kind> shows, Runnable follow) {
        this.changes = changes;
        this.shows = shows;
        this.follow = follow;
    }

    /** A screen reloads itself while it is shown. */
    public static void follow(Node screen, JournalChanges changes, Refreshable refreshable) {
        whileShown(screen, changes, refreshable.shows(), refreshable::reload);
    }

    /** Runs {@code follow} after each change to one of {@code shows}, while {@code node} is in a window. */
    public static void whileShown(Node node, JournalChanges changes, Set<JournalChanges.Kind> shows, Runnable follow) {
        ChangeFollower f = new ChangeFollower(changes, shows, follow);
        if (node.getScene() != null) {
            f.listen();
        }
        node.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                f.stop();
            } else if (was == null) {
                f.listen();
            }
        });
    }

    private void listen() {
        if (subscription == null) {
            subscription = changes.listen(this::heard);
        }
    }

    private void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Told on the writing thread; followed on the FX thread. */
    private void heard(JournalChanges.Change change) {
        if (pending.getAndAccumulate(change, (a, b) -> a == null ? b : a.and(b)) == null) {
            Platform.runLater(() -> {
                JournalChanges.Change heard = pending.getAndSet(null);
                if (heard != null && subscription != null && heard.touches(shows)) {
                    follow.run();
                }
            });
        }
    }
}
