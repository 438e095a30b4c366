package dev.rapport.ui.common;

/** A screen that reloads what it shows when the journal changed. */
public interface Refreshable {
    void reload();
}
