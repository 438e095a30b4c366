package dev.rapport.ui.common;

import dev.rapport.logic.JournalChanges;
import dev.rapport.logic.JournalChanges.Change;
import dev.rapport.logic.JournalChanges.Kind;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * A screen following the journal's change notice by itself: while it follows, a committed write
 * that touches one of the kinds it shows reloads it, once for all the writes heard meanwhile.
 */
public final class ChangeFollower {
    private final JournalChanges changes;
    private final Background background;
    private final Set<Kind> shown;
    private final Runnable reload;
    private final AtomicReference<Change> pending = new AtomicReference<>();
    private volatile JournalChanges.Subscription subscription;

    /** {@code background} decides when a reload follows a write; null for a pulse later on the FX thread. */
    public ChangeFollower(JournalChanges changes, Background background, Set<Kind> shown, Runnable reload) {
        this.changes = changes;
        this.background = background;
        this.shown = Set.copyOf(shown);
        this.reload = reload;
    }

    /** A screen reloads itself while it is shown. */
    public static void follow(Node screen, JournalChanges changes, Refreshable refreshable) {
        whileShown(screen, changes, refreshable.shows(), refreshable::reload);
    }

    /** Runs {@code follow} on the FX thread after each change to one of {@code shows}, while {@code node} is in a window. */
    public static void whileShown(Node node, JournalChanges changes, Set<Kind> shows, Runnable follow) {
        new ChangeFollower(changes, null, shows, follow).whileShown(node);
    }

    public synchronized void start() {
        if (subscription == null) {
            subscription = changes.listen(this::heard);
        }
    }

    public synchronized void stop() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        pending.set(null);
    }

    public boolean isFollowing() {
        return subscription != null;
    }

    /** Follows while the node is in a scene (on screen), and stops when it leaves, so a screen gone listens no more. */
    public void whileShown(Node node) {
        if (node.getScene() != null) {
            start();
        }
        node.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                stop();
            } else {
                start();
            }
        });
    }

    private void heard(Change change) {
        if (!change.touches(shown)) {
            return;
        }
        if (pending.getAndAccumulate(change, (a, b) -> a == null ? b : a.and(b)) == null) {
            Runnable followed = () -> {
                if (pending.getAndSet(null) != null && isFollowing()) {
                    reload.run();
                }
            };
            if (background != null) {
                background.afterWrite(followed);
            } else {
                Platform.runLater(followed);
            }
        }
    }
}
