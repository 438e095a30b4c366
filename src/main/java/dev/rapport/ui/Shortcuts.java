package dev.rapport.ui;

import dev.rapport.ui.quicklog.QuickLogLine;

import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The window's keyboard shortcuts (UI.md); a key pressed while a sheet is open leaves the sheet first, as Esc would. */
final class Shortcuts {
    static final KeyCombination NEW_ENTRY = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW_CLIENT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    // Quick entry (UI.md): Alt+P promise, Alt+R request, Alt+X problem, for the client on screen.
    static final KeyCombination NEW_PROMISE = new KeyCodeCombination(KeyCode.P, KeyCombination.ALT_DOWN);
    static final KeyCombination NEW_REQUEST = new KeyCodeCombination(KeyCode.R, KeyCombination.ALT_DOWN);
    static final KeyCombination NEW_PROBLEM = new KeyCodeCombination(KeyCode.X, KeyCombination.ALT_DOWN);
    static final KeyCombination OPEN = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BACKUP = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private Shortcuts() {
    }

    static void install(Scene scene, MainView main, NewItems newItems, SheetHost sheets) {
        Map<KeyCombination, Runnable> acc = scene.getAccelerators();
        put(acc, sheets, KeyCode.K, main::focusSearch);
        put(acc, sheets, KeyCode.F, main::focusSearch);
        acc.put(NEW_ENTRY, () -> sheets.leaveSheetThen(newItems::entry));
        acc.put(NEW_CLIENT, () -> sheets.leaveSheetThen(newItems::client));
        put(acc, sheets, KeyCode.DIGIT1, main::showToday);
        put(acc, sheets, KeyCode.DIGIT2, main::showClients);
        put(acc, sheets, KeyCode.DIGIT3, main::showJournal);
        put(acc, sheets, KeyCode.DIGIT4, main::showPromises);
        put(acc, sheets, KeyCode.DIGIT5, main::showProblems);
        put(acc, sheets, KeyCode.DIGIT6, main::showRequests);
        put(acc, sheets, KeyCode.DIGIT7, main::showHealth);
        put(acc, sheets, KeyCode.DIGIT8, main::showSettings);
        put(acc, sheets, KeyCode.COMMA, main::showSettings);
        put(acc, sheets, KeyCode.B, main::showBrief);
        acc.put(NEW_PROMISE, () -> sheets.keysOr(NEW_PROMISE, newItems::promise));
        acc.put(NEW_REQUEST, () -> sheets.keysOr(NEW_REQUEST, newItems::request));
        acc.put(NEW_PROBLEM, () -> sheets.keysOr(NEW_PROBLEM, newItems::problem));
        // the chart on screen as a table (issue 25): from the Health screen or a client's Health tab
        acc.put(dev.rapport.ui.common.FigureTable.KEYS, () -> sheets.leaveSheetThen(() -> dev.rapport.ui.common.FigureTable.openShown(scene.getRoot())));
        put(acc, sheets, KeyCode.L, () -> QuickLogLine.open(main.context(), main, () -> { }));
        acc.put(new KeyCodeCombination(KeyCode.F1), () -> sheets.leaveSheetThen(() -> ShortcutSheet.open(main)));
        put(acc, sheets, KeyCode.SLASH, () -> ShortcutSheet.open(main));
        sheets.keepKeysInSheet(scene);
    }

    /** Shortcut (Ctrl, or Cmd on a Mac) with {@code key}. */
    private static void put(Map<KeyCombination, Runnable> acc, SheetHost sheets, KeyCode key, Runnable action) {
        acc.put(new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN), () -> sheets.leaveSheetThen(action));
    }
}
