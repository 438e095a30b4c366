package dev.rapport.ui;

/** Moves between screens and opens the editing sheets. */
public interface Navigator {
    /** The start screen: what needs the consultant now. */
    void showToday();

    void showPromises();

    void showProblems();

    void showRequests();

    void showClients();

    void showClient(long clientId);

    /** The client's meeting brief (its page's Brief tab). */
    default void showBrief(long clientId) {
        showClient(clientId);
    }

    void showJournal();

    /** Everyone in the journal, with filters, saved views and tag changes (reached from the Clients screen). */
    default void showPeople() {
        showClients();
    }

    /** The relationship-health screen: heat map, NPS trend, the question of the period. */
    void showHealth();

    void newClient();

    /** Opens a new-entry sheet, for a client when clientId is not null. */
    void newInteraction(Long clientId);

    void editInteraction(long interactionId);

    /** Replaces the open journal with a throw-away demo journal. */
    void openDemo();

    /**
     * Reloads the screen shown. Writes need not call it: the journal's change notice reloads what
     * they concern ({@link dev.rapport.logic.JournalChanges}); this is for a screen whose look
     * depends on something outside the journal.
     */
    void refresh();

    /**
     * Builds the window's content again in the language now chosen, back on Settings, and says
     * {@code message} on the new status line; the journal stays open.
     */
    void rebuild(String message);
}
