package dev.rapport.ui.settings;

import dev.rapport.ui.AppContext;
import dev.rapport.ui.JournalActions;

import java.util.function.Consumer;

/**
 * What every section of Settings is built from: the app, the journal-wide actions (encrypt,
 * restore), the one view-model of the page, and where a stored change is confirmed.
 */
public record SettingsParts(AppContext app, JournalActions actions, SettingsViewModel model, Consumer<String> confirm) {
    /** Says a change was stored, beside the page's title and in the status line. */
    public void confirm(String text) {
        confirm.accept(text);
    }
}
