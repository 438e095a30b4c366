package dev.rapport;

import dev.rapport.logic.JournalLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the log to rotating files in the data folder instead of the terminal: a user sees one
 * clear sentence, the detail goes to the file. Log messages never carry note text, names or emails.
 */
final class Logs {
    private Logs() {
    }

    static void toFiles() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Path folder = JournalLocation.logFolder();
            Files.createDirectories(folder);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            Handler file = new FileHandler(folder.resolve("rapport-%g.log").toString(), 1_000_000, 3, true);
            file.setFormatter(new SimpleFormatter());
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            root.setLevel(Level.OFF); // no log beats a log in the user's terminal
        }
    }
}
