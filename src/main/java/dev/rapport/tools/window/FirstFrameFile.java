package dev.rapport.tools.window;

import dev.rapport.ui.DesktopTools;

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
 * {@code -Drapport.exitAfterFirstFrame=true} quits after that (the installer uses it to list the
 * classes a start loads, for its class-data archive).
 */
public final class FirstFrameFile implements DesktopTools.StartMeasurement {
    private static final Logger LOG = Logger.getLogger(FirstFrameFile.class.getName());

    private final Path file;
    private final boolean exit;

    private FirstFrameFile(Path file, boolean exit) {
        this.file = file;
        this.exit = exit;
    }

    /** The measurement the system properties ask for, or none. */
    public static DesktopTools.StartMeasurement fromSystemProperties() {
        String file = System.getProperty("rapport.firstFrameFile");
        boolean exit = Boolean.getBoolean("rapport.exitAfterFirstFrame");
        return file == null && !exit ? DesktopTools.StartMeasurement.OFF : new FirstFrameFile(file == null ? null : Path.of(file), exit);
    }

    @Override
    public boolean active() {
        return true;
    }

    @Override
    public void firstFrame() {
        write(StandardOpenOption.TRUNCATE_EXISTING);
    }

    @Override
    public void firstContent() {
        write(StandardOpenOption.APPEND);
    }

    @Override
    public boolean exitAfterContent() {
        return exit;
    }

    private void write(StandardOpenOption mode) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, System.currentTimeMillis() + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the first-frame time", e);
        }
    }
}
