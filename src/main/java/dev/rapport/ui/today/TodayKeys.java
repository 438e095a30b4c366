package dev.rapport.ui.today;

import atlantafx.base.controls.Tile;
import dev.rapport.i18n.I18n;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;

/**
 * Today by keyboard: each row is one focus stop (its buttons are none); ↑/↓ move between rows
 * across the sections, Enter opens the item, the row's letter (shown on its main button) or
 * Space does its main action. After a reload the focus stays where it was in the list.
 */
final class TodayKeys {
    static final String ROW = "today-row";
    private static final String MAIN = "today-main-action";
    private static final String LETTER = "today-main-key";
    private static final String SECOND = "today-second-action";
    private static final String SECOND_LETTER = "today-second-key";

    private final Pane body;

    TodayKeys(Pane body) {
        this.body = body;
    }

    /** Makes the tile a row the keyboard stops on; {@code main} (may be null) is its main action, done with {@code key}. */
    void row(Tile tile, Button main, String key) {
        tile.getStyleClass().add(ROW);
        tile.setFocusTraversable(true);
        dev.rapport.ui.common.Spoken.tile(tile);
        tile.addEventHandler(KeyEvent.KEY_PRESSED, e -> onKey(tile, e));
        tile.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                lastRow = rows().indexOf(tile);
            }
        });
        if (main != null) {
            main(tile, main, key);
        }
    }

    /** Marks the row's main action and shows its key on the button; returns the button. */
    Button main(Tile tile, Button button, String key) {
        tile.getProperties().put(MAIN, button);
        tile.getProperties().put(LETTER, key);
        return capped(button, key);
    }

    private static Button capped(Button button, String key) {
        Label cap = new Label(key);
        cap.getStyleClass().add("keycap");
        HBox graphic = new HBox(6, cap);
        if (button.getGraphic() != null) {
            graphic.getChildren().add(button.getGraphic());
        }
        graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        button.setGraphic(graphic);
        button.setAccessibleHelp(I18n.t("today.key.hint", key));
        return button;
    }

    /** A second action of the row (a write-up's Dismiss), done with its own letter, shown on its button; returns the button. */
    Button second(Tile tile, Button button, String key) {
        tile.getProperties().put(SECOND, button);
        tile.getProperties().put(SECOND_LETTER, key);
        return capped(button, key);
    }

    private void onKey(Tile tile, KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            List<Node> all = rows();
            int i = all.indexOf(tile);
            int next = i + (code == KeyCode.DOWN ? 1 : -1);
            if (i >= 0 && next >= 0 && next < all.size()) {
                all.get(next).requestFocus();
            }
            e.consume();
        } else if (code == KeyCode.ENTER) {
            if (tile.getActionHandler() != null) {
                tile.getActionHandler().run();
            } else {
                fireMain(tile);
            }
            e.consume();
        } else if (matches(tile, SECOND_LETTER, e) && tile.getProperties().get(SECOND) instanceof Button second) {
            if (!second.isDisabled()) {
                second.fire();
            }
            e.consume();
        } else if (code == KeyCode.SPACE || matchesLetter(tile, e)) {
            if (fireMain(tile) || code == KeyCode.SPACE) {
                e.consume();
            }
        }
    }

    private static boolean matchesLetter(Tile tile, KeyEvent e) {
        return matches(tile, LETTER, e);
    }

    private static boolean matches(Tile tile, String property, KeyEvent e) {
        Object key = tile.getProperties().get(property);
        if (!(key instanceof String letter) || e.isShortcutDown() || e.isAltDown()) {
            return false;
        }
        return e.getCode() == KeyCode.getKeyCode(letter) || letter.equalsIgnoreCase(e.getText());
    }

    private static boolean fireMain(Tile tile) {
        if (tile.getProperties().get(MAIN) instanceof Button b && !b.isDisabled()) {
            b.fire();
            return true;
        }
        if (tile.getActionHandler() != null) {
            tile.getActionHandler().run();
            return true;
        }
        return false;
    }

    List<Node> rows() {
        return List.copyOf(body.lookupAll("." + ROW));
    }

    /** Which row has the keyboard, or -1. */
    int focusedRow() {
        List<Node> all = rows();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isFocused()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Gives the focus back to the row now at {@code index} (the next one when the acted-on row
     * left the list); on the screen's first load (Ctrl+1, the rail), unless a sheet is open, to the first row.
     */
    void focusAfterReload(int index) {
        List<Node> all = rows();
        if (all.isEmpty()) {
            // a row that comes later (something saved elsewhere) must not take the keys from where they are
            firstLoad = false;
            return;
        }
        if (body.getScene() == null) {
            // built before the window shows it: the first row takes the keys once it is there
            body.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o, javafx.scene.Scene was,
                                    javafx.scene.Scene now) {
                    body.sceneProperty().removeListener(this);
                    if (now != null) {
                        focusAfterReload(index);
                    }
                }
            });
            return;
        }
        Node owner = body.getScene().getFocusOwner();
        boolean lost = owner == null || owner.getScene() == null || !isInside(owner, body.getScene().getRoot());
        int target = index >= 0 ? index : lost && lastRow >= 0 ? lastRow : -1;
        if (target >= 0) {
            all.get(Math.min(target, all.size() - 1)).requestFocus();
        } else if (firstLoad && noSheetHasTheKeys(owner)) {
            all.get(0).requestFocus();
        }
        firstLoad = false;
    }

    private boolean firstLoad = true;
    /** The row that last had the keys: a sheet opened from it gives the focus back to a row rebuilt meanwhile. */
    private int lastRow = -1;

    private static boolean isInside(Node node, Node root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean noSheetHasTheKeys(Node owner) {
        if (owner == null) {
            return true;
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if ("sheet-pane".equals(n.getId())) {
                return false;
            }
        }
        return true;
    }
}
