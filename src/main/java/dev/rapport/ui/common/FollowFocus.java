package dev.rapport.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a scroll pane to whatever inside it gets the keyboard focus: JavaFX's does not follow
 * Tab by itself, so a button below the fold would be focused out of sight.
 */
public final class FollowFocus {
    private static final double MARGIN = 12;

    private FollowFocus() {
    }

    public static void install(ScrollPane scroll) {
        ChangeListener<Node> reveal = (o, old, owner) -> reveal(scroll, owner);
        // on the scene while the pane is shown only: a screen left behind holds no listener on the window
        scroll.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(reveal);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(reveal);
            }
        });
        Scene scene = scroll.getScene();
        if (scene != null) {
            scene.focusOwnerProperty().addListener(reveal);
        }
    }

    private static void reveal(ScrollPane scroll, Node owner) {
        Node content = scroll.getContent();
        if (owner == null || content == null || !inside(owner, content)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewport;
        if (range <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(owner.localToScene(owner.getLayoutBounds()));
        double top = scroll.getVvalue() * range;
        if (b.getMinY() < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - MARGIN) / range));
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + MARGIN - viewport) / range));
        }
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
