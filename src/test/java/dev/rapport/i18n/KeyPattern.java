package dev.rapport.i18n;

import java.util.regex.Pattern;

/**
 * A pattern made from a message key in the current language, for tests that cannot know every
 * argument (a column number, a list of names): pass {@link #ANY} or {@link #NUMBER} for those.
 */
public final class KeyPattern {
    /** Stands for any text. */
    public static final String ANY = "\u0001ANY\u0001";
    /** Stands for a whole number. */
    public static final String NUMBER = "\u0001NUMBER\u0001";

    private KeyPattern() {
    }

    public static Pattern of(String key, Object... args) {
        String quoted = Pattern.quote(I18n.t(key, args));
        return Pattern.compile(quoted.replace(ANY, "\\E.*\\Q").replace(NUMBER, "\\E\\d+\\Q"), Pattern.DOTALL);
    }
}
