package dev.rapport.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The command lines that only start the desktop app ({@code rapport}, {@code rapport --demo},
 * {@code rapport --journal FILE}), read without building the whole command line: the window can
 * then start at once. Anything else (a command, --help, a typo) goes through {@link RapportCommand},
 * which explains errors in the user's language.
 *
 * @param journal the journal to open, or null for the default one
 */
public record DesktopArgs(Path journal, boolean demo) {
    private static final String JOURNAL = "--journal";

    public static Optional<DesktopArgs> of(String... args) {
        Path journal = null;
        boolean demo = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--demo") && !demo) {
                demo = true;
            } else if (arg.equals(JOURNAL) && journal == null && i + 1 < args.length && !args[i + 1].startsWith("-")
                    && !args[i + 1].isBlank()) {
                journal = Path.of(args[++i]);
            } else if (arg.startsWith(JOURNAL + "=") && journal == null && arg.length() > JOURNAL.length() + 1) {
                journal = Path.of(arg.substring(JOURNAL.length() + 1));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new DesktopArgs(journal, demo));
    }
}
