package dev.rapport.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * Finds fields that touch a sheet's scroll bar: when a long sheet scrolls (large text, a wordy
 * language), its fields must end a little before the bar's thumb, not run into it.
 */
final class ScrollBarGap {
    /** The least room between a field's right edge and the thumb, in pixels. */
    static final double LEAST = 4;

    private ScrollBarGap() {
    }

    /** Every field under a shown vertical scroll bar of a sheet's scroll pane that comes closer to it than {@link #LEAST}. */
    static Set<String> under(Parent root) {
        Set<String> found = new LinkedHashSet<>();
        for (Node node : root.lookupAll(".sheet > .scroll-pane")) {
            if (!(node instanceof ScrollPane pane) || pane.getContent() == null) {
                continue;
            }
            ScrollBar bar = (ScrollBar) pane.lookupAll(".scroll-bar").stream()
                    .filter(b -> b instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL && s.isVisible() && s.getParent() == pane)
                    .findFirst().orElse(null);
            Node thumb = bar == null ? null : bar.lookup(".thumb");
            if (thumb == null) {
                continue;
            }
            double thumbLeft = thumb.localToScene(thumb.getLayoutBounds()).getMinX();
            fields(pane.getContent(), thumbLeft, found);
        }
        return found;
    }

    private static void fields(Node node, double thumbLeft, Set<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>) {
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMaxX() > thumbLeft - LEAST) {
                found.add(CutText.describe(node) + " ends at " + Math.round(b.getMaxX()) + " px, the scroll bar's thumb starts at "
                        + Math.round(thumbLeft));
            }
            return;
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> fields(child, thumbLeft, found));
        }
    }
}
