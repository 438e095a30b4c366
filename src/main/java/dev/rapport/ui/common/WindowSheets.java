package dev.rapport.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Stylesheets every window carries — the main window, dialogs, popups and tooltips alike — each
 * in a named slot (the text size, the theme's colour fixes), so choosing again swaps it at once
 * in every open window and every window opened later has it too. Call on the FX thread.
 */
public final class WindowSheets {
    private static final String WATCHED = "rapport.windowSheets.watched";
    private static final Map<String, String> SLOTS = new LinkedHashMap<>();
    private static boolean watching;

    private WindowSheets() {
    }

    /** Puts the stylesheet (a URL, or null for none) in the slot of every window, replacing the slot's previous one. */
    public static void use(String slot, String stylesheet) {
        String old = stylesheet == null ? SLOTS.remove(slot) : SLOTS.put(slot, stylesheet);
        if (!watching) {
            watching = true;
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(WindowSheets::watch);
                }
            });
        }
        for (Window window : Window.getWindows()) {
            watch(window);
            if (window.getScene() != null && old != null && !old.equals(stylesheet)) {
                window.getScene().getStylesheets().remove(old);
            }
            put(window.getScene());
        }
    }

    private static void watch(Window window) {
        put(window.getScene());
        if (window.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            window.sceneProperty().addListener((o, was, now) -> put(now));
        }
    }

    private static void put(Scene scene) {
        if (scene == null) {
            return;
        }
        for (String sheet : SLOTS.values()) {
            if (!scene.getStylesheets().contains(sheet)) {
                scene.getStylesheets().add(sheet);
            }
        }
    }
}
