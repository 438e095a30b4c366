package dev.rapport.ui;

import java.util.List;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;

/**
 * ↑/↓ on the rail go through its screens in order, one by one: JavaFX's own arrow traversal
 * goes by geometry and skipped items (Today sits in a pane with its badge).
 */
final class RailKeys {
    private RailKeys() {
    }

    static void install(Pane rail, List<ToggleButton> buttons) {
        rail.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.UP && e.getCode() != KeyCode.DOWN) {
                return;
            }
            int at = -1;
            for (int i = 0; i < buttons.size(); i++) {
                if (buttons.get(i).isFocused()) {
                    at = i;
                }
            }
            if (at < 0) {
                return;
            }
            int next = Math.floorMod(at + (e.getCode() == KeyCode.DOWN ? 1 : -1), buttons.size());
            buttons.get(next).requestFocus();
            e.consume();
        });
    }
}
