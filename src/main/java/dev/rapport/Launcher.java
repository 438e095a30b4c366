package dev.rapport;

import dev.rapport.cli.RapportCommand;
import dev.rapport.ui.Desktop;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX starts from the
 * class path of the shaded jar; with no command it opens the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Logs.toFiles();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code;
        try {
            code = RapportCommand.run(args, Desktop::start, out, err);
        } catch (RuntimeException | LinkageError e) {
            err.println("rapport: could not start: " + e);
            code = 1;
        }
        System.exit(code);
    }
}
