package dev.rapport.ui;

import java.nio.file.Path;

import javafx.application.Application;

/** Starts the desktop app from the launcher, which does not extend Application (shaded-jar rule). */
public final class Desktop {
    private static volatile StartPreparation preparation;
    private static volatile DesktopTools tools = DesktopTools.NONE;

    private Desktop() {
    }

    /** Starts the app when the log and the language are already set up (the command line did it). */
    public static void start(Path journal, boolean demoJournal, DesktopTools tools) {
        start(journal, demoJournal, tools, () -> { });
    }

    /**
     * Starts the app; {@code setUp} (the log, the language), opening the journal and reading the
     * theme run on a thread of their own while JavaFX starts, and the window waits for them.
     *
     * @param journal the journal to open, or null for the default one
     * @param tools the demo content and the start-up measurement, from the launcher
     */
    public static void start(Path journal, boolean demoJournal, DesktopTools tools, Runnable setUp) {
        prepare(journal, demoJournal, tools, setUp);
        Application.launch(RapportApp.class);
    }

    /** Begins preparing the next start of {@link RapportApp} (tests start it without {@link #start}). */
    static void prepare(Path journal, boolean demoJournal, DesktopTools tools, Runnable setUp) {
        Desktop.tools = tools;
        preparation = StartPreparation.begin(journal, demoJournal ? tools.demo() : null, setUp);
    }

    /** The tools the last start was handed ({@link DesktopTools#NONE} for a start without {@link #start}). */
    static DesktopTools tools() {
        return tools;
    }

    /** What the start thread prepared; a start without {@link #start} (a test) prepares the default journal now. */
    static StartPreparation preparation() {
        StartPreparation p = preparation;
        preparation = null; // one start, one preparation: a later start must not reuse a session already shown
        return p != null ? p : StartPreparation.begin(null, null, () -> { });
    }
}
