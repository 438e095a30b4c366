package dev.rapport.ui.common;

import javafx.scene.Node;

/** Shows an editing sheet over the current screen, from the right. */
public interface Sheets {
    void show(Node sheet);

    void close();
}
