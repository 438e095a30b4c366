package dev.rapport.i18n;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The language the user chose in Settings, kept per machine beside the theme and the window
 * placement (java.util.prefs), not in the journal: it is the person's, not the data's. The
 * {@code RAPPORT_LANG} environment variable overrides it for one run (scripts, screenshots);
 * without either, the system's language.
 */
public final class LanguageChoice {
    /** The environment variable that overrides the saved choice. */
    public static final String ENV = "RAPPORT_LANG";
    private static final Logger LOG = Logger.getLogger(LanguageChoice.class.getName());
    private static final String KEY = "language";

    private LanguageChoice() {
    }

    /** The language chosen in Settings, if any. */
    public static Optional<Language> saved() {
        try {
            return Language.ofCode(node().get(KEY, null));
        } catch (IllegalStateException | SecurityException e) {
            return Optional.empty();
        }
    }

    public static void save(Language language) {
        Preferences node = node();
        node.put(KEY, language.code());
        flush(node);
    }

    /** Back to "the system's language" (tests clean up with it). */
    public static void forget() {
        Preferences node = node();
        node.remove(KEY);
        flush(node);
    }

    /** RAPPORT_LANG when it names a language Rapport speaks, else the saved choice, else the system's. */
    public static Language effective(String environmentValue) {
        return Language.ofCode(environmentValue).or(LanguageChoice::saved).orElseGet(Language::system);
    }

    /** Uses the effective language of this process's environment. */
    public static Language applyFromEnvironment() {
        Language language = effective(System.getenv(ENV));
        useForScreens(language);
        return language;
    }

    /**
     * Speaks the language on screen: its texts, and its date style in the controls that format
     * by the JVM's format locale (a DatePicker shows 25.11.2026 in Ukrainian, not 11/25/2026).
     */
    public static void useForScreens(Language language) {
        I18n.use(language);
        java.util.Locale.setDefault(java.util.Locale.Category.FORMAT, language.locale());
    }

    /** The app's preference node; tests point {@code rapport.preferences} elsewhere so they never touch the user's. */
    private static Preferences node() {
        return Preferences.userRoot().node(System.getProperty("rapport.preferences", "dev/rapport") + "/appearance");
    }

    private static void flush(Preferences node) {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.log(Level.FINE, "Language choice not saved", e);
        }
    }
}
