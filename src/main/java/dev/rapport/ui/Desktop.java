package dev.rapport.ui;

import java.nio.file.Path;

import javafx.application.Application;

/** Starts the desktop app from the launcher, which does not extend Application (shaded-jar rule). */
public final class Desktop {
    static volatile Path requestedJournal;
    static volatile boolean demo;

    private Desktop() {
    }

    public static void start(Path journal, boolean demoJournal) {
        requestedJournal = journal;
        demo = demoJournal;
        Application.launch(RapportApp.class);
    }
}
