package dev.rapport.ui.common;

/** Questions and messages for the user, behind an interface so view-models stay testable. */
public interface Dialogs {
    /** Asks before destroying something; true when the user chose the destructive action. */
    boolean confirm(String title, String message, String actionLabel);

    /** Offers a choice of actions; returns the index chosen, or -1 for Cancel. */
    int choose(String title, String message, java.util.List<String> options);

    void error(String title, String message);

    void info(String title, String message);
}
