package dev.rapport.ui.common;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import javafx.collections.ObservableList;
import javafx.scene.Node;

/** Changing a pane's children by what differs, so that nodes kept are not taken out and styled again. */
public final class Children {
    private Children() {
    }

    /**
     * Makes {@code children} hold {@code wanted}, in order: where the two are as long and every kept node
     * stays where it is, only the places that differ are set; otherwise all are set at once.
     */
    public static void replaceChanged(ObservableList<Node> children, List<Node> wanted) {
        if (children.size() == wanted.size() && keptInPlace(children, wanted)) {
            for (int i = 0; i < wanted.size(); i++) {
                if (children.get(i) != wanted.get(i)) {
                    children.set(i, wanted.get(i));
                }
            }
        } else {
            children.setAll(wanted);
        }
    }

    private static boolean keptInPlace(List<Node> children, List<Node> wanted) {
        Set<Node> now = Collections.newSetFromMap(new IdentityHashMap<>());
        now.addAll(children);
        for (int i = 0; i < wanted.size(); i++) {
            if (now.contains(wanted.get(i)) && children.get(i) != wanted.get(i)) {
                return false;
            }
        }
        return true;
    }
}
