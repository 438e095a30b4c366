package dev.rapport.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Finds text cut short on a laid-out screen: each shown Labeled's drawn text (the skin's
 * LabeledText) compared with its own text — an ellipsis shows where they differ —, tables
 * whose columns run past their right edge (a horizontal scroll bar), and tab strips whose
 * headers do not all fit ({@link #cutTabs}).
 */
final class CutText {
    /** How a table whose columns run past its edge is described. */
    static final String SIDEWAYS = "columns wider than the table, the last ones are cut at its edge";
    private CutText() {
    }

    /** Every cut text under the root, described with where it is. */
    static Set<String> under(Parent root) {
        return under(root, node -> false);
    }

    /** Every cut text under the root but in the nodes skipped (and theirs). */
    static Set<String> under(Parent root, java.util.function.Predicate<Node> skip) {
        Set<String> found = new LinkedHashSet<>();
        walk(root, found, skip);
        return found;
    }

    private static void walk(Node node, Set<String> found, java.util.function.Predicate<Node> skip) {
        if (!node.isVisible() || skip.test(node)) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String drawn = drawnText(labeled);
            if (drawn != null && !drawn.equals(shown(labeled))) {
                found.add(describe(labeled) + " “" + labeled.getText() + "” drawn as “" + drawn + "” (width "
                        + Math.round(labeled.getWidth()) + ")");
            }
        }
        if (node instanceof TableView<?> table && sideways(table)) {
            found.add(describe(table) + ": " + SIDEWAYS);
        }
        if (node instanceof TabPane tabs) {
            found.addAll(cutTabs(tabs));
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found, skip);
            }
        }
    }

    /**
     * A tab strip's headers cut: what "cut" means for a tab. A tab's header is its title; it is cut
     * when any part of the header lies outside the part of the header area where headers are drawn
     * (the area less its insets and, when shown, the overflow button): JavaFX then clips it at the
     * edge or hides it wholly, and its title is partly or not at all to be read until the keys or the
     * overflow menu bring it into view, which a user who does not know it is there will not do.
     * So every tab's whole title must be in sight at once; a title drawn shortened (an ellipsis)
     * is caught by the Labeled check above, as the header's title is a Label.
     */
    static Set<String> cutTabs(TabPane tabs) {
        Set<String> found = new LinkedHashSet<>();
        Node area = tabs.lookup(".tab-header-area");
        if (!(area instanceof Region header) || !header.isVisible() || tabs.getTabs().isEmpty()) {
            return found;
        }
        boolean across = tabs.getSide() == Side.TOP || tabs.getSide() == Side.BOTTOM;
        Bounds areaBounds = header.localToScene(header.getLayoutBounds());
        double start = across ? areaBounds.getMinX() + header.snappedLeftInset() : areaBounds.getMinY() + header.snappedTopInset();
        double end = across ? areaBounds.getMaxX() - header.snappedRightInset() : areaBounds.getMaxY() - header.snappedBottomInset();
        Node buttons = header.lookup(".control-buttons-tab");
        if (buttons != null && buttons.isVisible()) {
            Bounds b = buttons.localToScene(buttons.getLayoutBounds());
            end = Math.min(end, across ? b.getMinX() : b.getMinY());
        }
        for (Node tab : header.lookupAll(".tab")) {
            Tab shown = tabOf(tab);
            if (shown == null) {
                continue;
            }
            Bounds b = tab.localToScene(tab.getLayoutBounds());
            double from = across ? b.getMinX() : b.getMinY();
            double to = across ? b.getMaxX() : b.getMaxY();
            if (!tab.isVisible() || from < start - EDGE || to > end + EDGE) {
                String how = !tab.isVisible() ? "hidden beyond the edge of"
                        : from < start - EDGE ? "starts " + Math.round(start - from) + " px before" : "runs " + Math.round(to - end) + " px past";
                found.add(describe(tabs) + ": tab “" + shown.getText() + "” " + how + " the tab strip (" + Math.round(end - start) + " px for "
                        + tabs.getTabs().size() + " tabs)");
            }
        }
        return found;
    }

    /** Sub-pixel overlap from snapping is not a cut. */
    private static final double EDGE = 1;

    /** The tab a header in the strip stands for: TabPaneSkin keeps it in the header's properties. */
    private static Tab tabOf(Node header) {
        return header.getProperties().get(Tab.class) instanceof Tab t ? t : null;
    }

    /** Whether the table shows a horizontal scroll bar: a column beyond its right edge is cut. */
    private static boolean sideways(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .anyMatch(b -> b instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    /** The text the skin draws: its LabeledText child (a Text), or null before the skin is made. */
    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && "LabeledText".equals(child.getClass().getSimpleName())) {
                return text.getText();
            }
        }
        return null;
    }

    /** The Labeled's text as it should be drawn whole: a mnemonic's underscore is not drawn. */
    private static String shown(Labeled labeled) {
        String text = labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            where.append('#').append(node.getId());
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        return where.toString();
    }
}
