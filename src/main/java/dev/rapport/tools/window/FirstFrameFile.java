package dev.rapport.tools.window;

import dev.rapport.ui.DesktopTools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The start-up measurement's file ({@code -Drapport.firstFrameFile=FILE}): wall-clock times in
 * epoch milliseconds, one a line — the window's first frame, then (main window only) the first
 * frame that shows what its first background loads brought, Today's rows. Whoever starts the
 * process subtracts its own clock reading from just before the start; the JVM's own idea of its
 * start time comes from /proc in whole seconds of boot time on Linux and can be a second early.
 * {@code -Drapport.exitAfterFirstFrame=true} quits after that (the installer uses it to list the
 * classes a start loads, for its class-data archive); a number of milliseconds instead of
 * {@code true} keeps the window that long first, so a smoke start can take a screenshot.
 */
public final class FirstFrameFile implements DesktopTools.StartMeasurement {
    private static final Logger LOG = Logger.getLogger(FirstFrameFile.class.getName());

    private final Path file;
    private final boolean exit;
    private final Duration exitDelay;

    private FirstFrameFile(Path file, boolean exit, Duration exitDelay) {
        this.file = file;
        this.exit = exit;
        this.exitDelay = exitDelay;
    }

    /** The measurement the system properties ask for, or none. */
    public static DesktopTools.StartMeasurement fromSystemProperties() {
        return from(System.getProperty("rapport.firstFrameFile"), System.getProperty("rapport.exitAfterFirstFrame"));
    }

    static DesktopTools.StartMeasurement from(String file, String exitAfter) {
        Duration delay = exitDelay(exitAfter);
        boolean exit = delay != null;
        return file == null && !exit ? DesktopTools.StartMeasurement.OFF
                : new FirstFrameFile(file == null ? null : Path.of(file), exit, exit ? delay : Duration.ZERO);
    }

    /** {@code true} quits at once, a whole number of milliseconds after that long; anything else does not quit. */
    private static Duration exitDelay(String exitAfter) {
        if (exitAfter == null) {
            return null;
        }
        String value = exitAfter.strip();
        if (value.equalsIgnoreCase("true")) {
            return Duration.ZERO;
        }
        return value.matches("\\d{1,7}") ? Duration.ofMillis(Long.parseLong(value)) : null;
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

    @Override
    public Duration exitDelay() {
        return exitDelay;
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
