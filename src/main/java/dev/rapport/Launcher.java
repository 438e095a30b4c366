package dev.rapport;

import dev.rapport.cli.DesktopArgs;
import dev.rapport.cli.RapportCommand;
import dev.rapport.i18n.LanguageChoice;
import dev.rapport.tools.Tools;
import dev.rapport.ui.Desktop;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The jar's entry point. It does not extend {@code Application}, so JavaFX starts from the
 * class path of the shaded jar; with no command it opens the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Optional<DesktopArgs> desktop = DesktopArgs.of(args);
        int code;
        try {
            if (desktop.isPresent()) {
                // JavaFX starts at once; the log, the language and the journal are set up beside it.
                Desktop.start(desktop.get().journal(), desktop.get().demo(), Tools.desktop(), () -> {
                    Logs.toFiles();
                    LanguageChoice.applyFromEnvironment();
                });
                code = 0;
            } else {
                Logs.toFiles();
                code = RapportCommand.run(args, (journal, demo) -> Desktop.start(journal, demo, Tools.desktop()), new PrintWriter(System.out, true, StandardCharsets.UTF_8), err);
            }
        } catch (RuntimeException | LinkageError e) {
            err.println("rapport: could not start: " + e);
            code = 1;
        }
        System.exit(code);
    }
}
