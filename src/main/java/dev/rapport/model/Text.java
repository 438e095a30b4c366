package dev.rapport.model;

import java.util.Locale;

/** Small text helpers shared by the domain records. */
public final class Text {
    private Text() {
    }

    /**
     * The form two names are compared in when a person picks by typing: accents and other marks
     * dropped (NFD), case folded without the locale's rules (a Turkish I stays an i), in any alphabet.
     */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }

    /** A constant's bundle key segment: KEPT_ON_TIME → keptOnTime. */
    public static String key(Enum<?> constant) {
        String[] parts = constant.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i], 1, parts[i].length());
        }
        return b.toString();
    }

    public static String capitalise(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * Trims, turns null into "", drops control characters other than tab and line breaks, and
     * replaces broken UTF-16 (a lone surrogate, which no file or database can store) with U+FFFD,
     * so what is stored reads back exactly.
     */
    public static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) {
                    b.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                replacement = "\uFFFD";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                replacement = "";
            }
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return (b == null ? s : b.toString()).strip();
    }

    /**
     * The text with every control character dropped except tab and line breaks (C0, DEL and
     * C1), and broken UTF-16 replaced with U+FFFD; nothing else changes (no trimming). Every
     * export passes its text through this, so a NUL that reached the journal never leaves it.
     */
    public static String printable(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !needsCleaning(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else if (!isControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A control character that no export carries: C0 other than tab, LF and CR; DEL; C1. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }

    private static boolean needsCleaning(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return isControl(c);
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
