package dev.rapport.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The start-up measurement's file ({@code -Drapport.firstFrameFile=FILE}): wall-clock times in
 * epoch milliseconds, one a line — the window's first frame, then (main window only) the first
 * frame that shows what its first background loads brought, Today's rows. Whoever starts the
 * process subtracts its own clock reading from just before the start; the JVM's own idea of its
 * start time comes from /proc in whole seconds of boot time on Linux and can be a second early.
 */
final class FirstFrameFile {
    private static final Logger LOG = Logger.getLogger(FirstFrameFile.class.getName());

    private FirstFrameFile() {
    }

    static void frame(Path file) {
        write(file, StandardOpenOption.TRUNCATE_EXISTING);
    }

    static void content(Path file) {
        write(file, StandardOpenOption.APPEND);
    }

    private static void write(Path file, StandardOpenOption mode) {
        try {
            Files.writeString(file, System.currentTimeMillis() + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the first-frame time", e);
        }
    }
}
