package dev.rapport.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Finds ids given to more than one node of a scene graph. A lookup by id ("#client-promises"),
 * the tests' and the stylesheet's, answers the first node it meets, so a second node of the same
 * id is styled or found by chance (mail cards once shared theirs). Hidden nodes count too: a tab's
 * content is in the graph while another tab is shown, and a lookup finds it there.
 * <p>
 * Not counted, because JavaFX gives them and they are found only under their control: the ids its
 * skins give their own parts ({@link #SKIN_PARTS}: every combo box has an "arrow-button"), and a
 * table column's id, which JavaFX copies onto the column's header and every cell of it.
 */
final class DuplicateIds {
    /** The ids JavaFX's skins give the parts they make (ComboBoxListViewSkin, VirtualFlow, Labeled). */
    static final Set<String> SKIN_PARTS = Set.of("arrow-button", "arrow", "list-view", "virtual-flow", "clipped-container");

    private DuplicateIds() {
    }

    /** Each id held by two or more nodes under the root, with where the nodes are. */
    static Set<String> under(Parent root) {
        Map<String, List<Node>> byId = new LinkedHashMap<>();
        collect(root, byId);
        Set<String> found = new LinkedHashSet<>();
        byId.forEach((id, nodes) -> {
            if (nodes.size() > 1) {
                found.add("#" + id + " on " + nodes.size() + " nodes: " + nodes.stream().map(CutText::describe).distinct().toList());
            }
        });
        return found;
    }

    private static void collect(Node node, Map<String, List<Node>> byId) {
        String id = node.getId();
        boolean javafxs = id != null && SKIN_PARTS.contains(id) || node instanceof IndexedCell<?> || node instanceof TableColumnHeader;
        if (id != null && !id.isEmpty() && !javafxs) {
            byId.computeIfAbsent(id, key -> new ArrayList<>()).add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, byId);
            }
        }
    }
}
