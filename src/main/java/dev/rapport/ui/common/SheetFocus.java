package dev.rapport.ui.common;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Where the keyboard goes in a sheet: its first empty field when it opens (a sheet that slides in
 * is not focusable until it is shown, so the request is repeated a few pulses until it lands),
 * the fields in Tab order, and Tab out of a multi-line field rather than into its text.
 */
public final class SheetFocus {
    private static final int TRIES = 20;

    private SheetFocus() {
    }

    /** Puts the focus on the sheet's first empty field (else its first field) now and until the sheet has settled. */
    public static void enter(Node sheet) {
        // once a key reaches the sheet the user is in charge of the focus
        boolean[] acted = {false};
        EventHandler<KeyEvent> watch = e -> acted[0] = true;
        sheet.addEventFilter(KeyEvent.KEY_PRESSED, watch);
        hold(sheet, TRIES, acted, watch);
    }

    /**
     * The modal pane and the scene move the focus as the slide-in starts (to the pane, or to the
     * next stop after the disabled screen's), so the request is repeated for a few pulses.
     */
    private static void hold(Node sheet, int triesLeft, boolean[] acted, EventHandler<KeyEvent> watch) {
        Scene scene = sheet.getScene();
        if (acted[0] || triesLeft == 0 || (scene == null && triesLeft < TRIES)) {
            sheet.removeEventFilter(KeyEvent.KEY_PRESSED, watch);
            return;
        }
        Node target = scene == null ? null : firstEmpty(sheet);
        if (target != null && !inside(scene.getFocusOwner(), target)) {
            target.requestFocus();
        }
        Platform.runLater(() -> hold(sheet, triesLeft - 1, acted, watch));
    }

    /** The first input that holds nothing yet, else the first input, else the first control that takes focus. */
    public static Node firstEmpty(Node root) {
        List<Node> all = focusables(root);
        return all.stream().filter(SheetFocus::isInput).filter(SheetFocus::isEmpty).findFirst()
                .or(() -> all.stream().filter(SheetFocus::isInput).findFirst())
                .or(() -> all.stream().findFirst())
                .orElse(null);
    }

    /** The controls that would take the focus, in the order Tab visits them (layout order). */
    public static List<Node> focusables(Node root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof ScrollPane scroll) {
            if (scroll.getContent() != null) {
                collect(scroll.getContent(), out);
            }
            return;
        }
        if (node instanceof TitledPane titled) {
            if (titled.getContent() != null && titled.isExpanded()) {
                collect(titled.getContent(), out);
            }
            return;
        }
        if (node instanceof Control control && control.isFocusTraversable()) {
            out.add(control);
            return;
        }
        if (node instanceof Control) {
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static boolean isInput(Node n) {
        return n instanceof TextInputControl || n instanceof ComboBoxBase<?>;
    }

    private static boolean isEmpty(Node n) {
        if (n instanceof TextInputControl t) {
            return t.getText() == null || t.getText().isBlank();
        }
        if (n instanceof DatePicker d) {
            return d.getEditor().getText() == null || d.getEditor().getText().isBlank();
        }
        if (n instanceof javafx.scene.control.ComboBox<?> c && c.getValue() == null) {
            // a list that offers "nobody" (or "all") has that chosen already, not nothing
            return !c.getItems().contains(null);
        }
        if (n instanceof ComboBoxBase<?> c) {
            return c.getValue() == null;
        }
        return !(n instanceof CheckBox) && !(n instanceof ButtonBase);
    }

    public static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tab and Shift+Tab leave a multi-line field instead of typing a tab into it (UI.md); the
     * field's own Ctrl+Tab does the moving, so the order is JavaFX's own.
     */
    public static void tabLeavesTextAreas(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                    && e.getTarget() instanceof TextArea area) {
                e.consume();
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                        e.isShiftDown(), true, false, false));
            }
        });
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter()) && !e.isControlDown() && e.getTarget() instanceof TextArea) {
                e.consume();
            }
        });
    }
}
