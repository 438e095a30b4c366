package dev.rapport.ui;

import java.nio.file.Path;

/** What replaces the open journal: the application carries these out, screens ask for them. */
public interface JournalActions {
    void open(Path journal);

    void openDemo();

    /** Puts a backup in place of the open journal, which is kept aside. */
    void restore(Path backup);

    /** Encrypts the open plain journal (asks a passphrase, shows progress, reopens it encrypted). */
    void encrypt();

    /** Turns the open encrypted journal back into a plain one. */
    void decrypt();

    /** Seals the open encrypted journal under a new passphrase. */
    void changePassphrase();
}
