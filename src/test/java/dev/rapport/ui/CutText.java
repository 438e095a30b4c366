package dev.rapport.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

/**
 * Finds text cut short on a laid-out screen: each shown Labeled's drawn text (the skin's
 * LabeledText) compared with its own text — an ellipsis shows where they differ — and tables
 * whose columns run past their right edge (a horizontal scroll bar).
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
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found, skip);
            }
        }
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
