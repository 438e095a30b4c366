package dev.rapport.i18n;

/**
 * The language the app speaks now: chosen in Settings, the system's until then. Screens read
 * their texts through {@link #t}; a report in another language uses {@link Messages#of} directly.
 */
public final class I18n {
    private static volatile Messages current = Messages.of(Language.system());

    private I18n() {
    }

    public static void use(Language language) {
        current = Messages.of(language);
    }

    public static Messages messages() {
        return current;
    }

    public static Language language() {
        return current.language();
    }

    public static String t(String key, Object... args) {
        return current.get(key, args);
    }

    public static String plural(String key, long count, Object... extra) {
        return current.plural(key, count, extra);
    }

    /** A date as this language shows it on screen, for messages people read ("Nov 25, 2026", "25 лист. 2026 р."). */
    public static String date(java.time.LocalDate date) {
        return LocalFormats.date(date, current.locale());
    }
}
