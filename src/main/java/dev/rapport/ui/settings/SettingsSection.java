package dev.rapport.ui.settings;

import javafx.scene.Node;

/** One card of the Settings page, built afresh each time the page is (a language switch, a reload). */
@FunctionalInterface
public interface SettingsSection {
    Node node();
}
