package dev.rapport.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages Rapport speaks, each named in itself. English is the default and the fallback. */
public enum Language {
    ENGLISH("en", "English"),
    UKRAINIAN("uk", "Українська"),
    RUSSIAN("ru", "Русский"),
    ROMANIAN("ro", "Română"),
    LITHUANIAN("lt", "Lietuvių");

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Language> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(wanted)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale, English when Rapport does not speak it. */
    public static Language of(Locale locale) {
        return ofCode(locale == null ? null : locale.getLanguage()).orElse(ENGLISH);
    }

    /** The system's language, as the default before the user chooses one. */
    public static Language system() {
        return of(Locale.getDefault());
    }
}
