package dev.rapport.ui.common;

import dev.rapport.ui.controls.TypePicker;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The keys a form answers while open: Ctrl+Enter saves, Esc cancels, and any keys a sheet adds of its own. */
final class FormKeys {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private final Map<KeyCombination, Runnable> keys = new HashMap<>();
    private final Runnable save;
    private final Runnable cancel;

    FormKeys(Runnable save, Runnable cancel) {
        this.save = save;
        this.cancel = cancel;
    }

    /** The form's filter for pressed keys. */
    void handle(KeyEvent e) {
        if (SAVE.match(e)) {
            e.consume();
            save.run();
        } else if (keys.keySet().stream().anyMatch(k -> k.match(e))) {
            // exactly once: if the window's own accelerator for these keys comes first, it hands them here and consumes them
            e.consume();
            keys.keySet().stream().filter(k -> k.match(e)).findFirst().ifPresent(this::run);
        } else if (e.getCode() == KeyCode.ESCAPE && !openPopup(e.getTarget())) {
            e.consume();
            cancel.run();
        }
    }

    void put(KeyCombination combination, Runnable action) {
        keys.put(combination, action);
    }

    boolean handles(KeyCombination combination) {
        return keys.containsKey(combination);
    }

    void run(KeyCombination combination) {
        keys.getOrDefault(combination, () -> { }).run();
    }

    /** Esc belongs to an open drop-down (or a picker being typed into) before it belongs to the sheet. */
    private static boolean openPopup(Object target) {
        if (target instanceof TypePicker<?> picker && picker.isTyping()) {
            return true;
        }
        return target instanceof ComboBoxBase<?> box && box.isShowing();
    }
}
