package dev.rapport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.testfx.api.FxRobot;

/**
 * A robot with a keyboard and no mouse, for flows that must be doable by keys alone: it offers
 * only key presses, typing and pasting (no clickOn, moveTo or drag to call by mistake), fails the
 * test if any mouse press, click, move, drag or scroll reaches the window all the same, and counts
 * the keys pressed beside the text typed.
 */
public final class KeyboardOnly {
    private static final Set<EventType<? extends MouseEvent>> MOUSE_WORK = Set.of(MouseEvent.MOUSE_PRESSED,
            MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED, MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED);

    private final FxRobot robot;
    private final List<String> keys = new ArrayList<>();
    private final List<String> mouse = new ArrayList<>();
    private int typed;
    private int pastes;

    public KeyboardOnly(FxRobot robot, Scene scene) {
        this.robot = robot;
        robot.interact(() -> {
            scene.addEventFilter(MouseEvent.ANY, e -> {
                if (MOUSE_WORK.contains(e.getEventType())) {
                    mouse.add(e.getEventType() + " at " + e.getSceneX() + "," + e.getSceneY());
                }
            });
            scene.addEventFilter(ScrollEvent.ANY, e -> mouse.add(e.getEventType().toString()));
        });
    }

    /** One key, or a chord pressed together (Ctrl+N counts as one key). */
    public KeyboardOnly key(KeyCode... chord) {
        robot.press(chord);
        KeyCode[] reversed = new KeyCode[chord.length];
        for (int i = 0; i < chord.length; i++) {
            reversed[i] = chord[chord.length - 1 - i];
        }
        robot.release(reversed);
        keys.add(describe(chord));
        failOnMouse();
        return this;
    }

    /** The same key several times. */
    public KeyboardOnly key(int times, KeyCode key) {
        for (int i = 0; i < times; i++) {
            key(key);
        }
        return this;
    }

    /** Text typed as text: not counted among the keys. */
    public KeyboardOnly write(String text) {
        robot.write(text);
        typed += text.length();
        failOnMouse();
        return this;
    }

    /** Puts the text on the clipboard and pastes it with Ctrl+V: a paste, not counted among the keys. */
    public KeyboardOnly paste(String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        pastes++;
        failOnMouse();
        return this;
    }

    /** Keys pressed beside typed text and pastes. */
    public int keys() {
        return keys.size();
    }

    /** Prints the flow's count, so a run shows what each flow costs. */
    public int report(String flow) {
        failOnMouse();
        System.out.println("[keyboard] " + flow + ": " + keys.size() + " keys beside " + typed + " typed characters"
                + (pastes > 0 ? " and " + pastes + " paste(s)" : "") + " — " + String.join(" ", keys));
        return keys.size();
    }

    private void failOnMouse() {
        if (!mouse.isEmpty()) {
            throw new AssertionError("A keyboard-only flow touched the mouse: " + mouse);
        }
    }

    private static String describe(KeyCode... chord) {
        List<String> names = new ArrayList<>();
        for (KeyCode k : chord) {
            names.add(k.getName());
        }
        return String.join("+", names);
    }
}
