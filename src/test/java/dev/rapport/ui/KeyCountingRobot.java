package dev.rapport.ui;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/**
 * A robot for keyboard-only flows: it can only press keys and type text, so a flow that needs the
 * mouse cannot be written with it; it counts the keys pressed beside the typed text.
 */
public final class KeyCountingRobot {
    private final FxRobot robot;
    private int keys;

    public KeyCountingRobot(FxRobot robot) {
        this.robot = robot;
    }

    /** One key, or one chord (Ctrl+1 counts once). */
    public KeyCountingRobot key(KeyCode... chord) {
        robot.push(chord);
        keys++;
        return this;
    }

    /** Typed text: not counted as keys. */
    public KeyCountingRobot write(String text) {
        robot.write(text);
        return this;
    }

    public int keys() {
        return keys;
    }
}
