package dev.rapport.cli;

import java.nio.file.Path;

/** Starts the desktop app; handed in by the launcher so the command line does not depend on the UI. */
@FunctionalInterface
public interface DesktopStarter {
    /** @param journal the journal to open, or null for the default; @param demo open a throw-away demo journal */
    void start(Path journal, boolean demo);
}
