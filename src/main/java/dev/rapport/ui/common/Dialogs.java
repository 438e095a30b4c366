package dev.rapport.ui.common;

/** Questions and messages for the user, behind an interface so view-models stay testable. */
public interface Dialogs {
    /** Asks before destroying something; true when the user chose the destructive action. */
    boolean confirm(String title, String message, String actionLabel);

    void error(String title, String message);
}
