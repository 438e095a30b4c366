package dev.rapport.ui;

import java.nio.file.Path;

/** What replaces the open journal: the application carries these out, screens ask for them. */
public interface JournalActions {
    void open(Path journal);

    void openDemo();

    /** Puts a backup in place of the open journal, which is kept aside. */
    void restore(Path backup);
}
