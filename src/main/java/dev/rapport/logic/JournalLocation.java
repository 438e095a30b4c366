package dev.rapport.logic;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the default journal lives on each platform. */
public final class JournalLocation {
    public static final String FILE_NAME = "journal.rapport";

    private JournalLocation() {
    }

    public static Path defaultJournal() {
        return defaultJournal(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Where Rapport writes its log files: beside the default journal, never with note text in them. */
    public static Path logFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home"))).resolve("logs");
    }

    static Path defaultJournal(String osName, Map<String, String> env, Path home) {
        return dataFolder(osName, env, home).resolve(FILE_NAME);
    }

    static Path dataFolder(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Rapport");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Rapport");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute()
                ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("rapport");
    }
}
