package dev.rapport.model;

import java.util.Locale;

/** Small text helpers shared by the domain records. */
public final class Text {
    private Text() {
    }

    public static String capitalise(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Trims and turns null into "". */
    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
