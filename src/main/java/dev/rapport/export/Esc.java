package dev.rapport.export;

import dev.rapport.model.Text;

/**
 * Escaping for the text formats: everything from the journal goes through here. Every export
 * (calendar, vCards, CSV, Markdown, HTML, PDF; the JSON export in the store) drops control
 * characters by one rule, {@link Text#printable}: a NUL that reached the journal never leaves it.
 */
final class Esc {
    private Esc() {
    }

    /** Plain text for a file: control characters other than tab and line breaks dropped. */
    static String text(String s) {
        return Text.printable(s);
    }

    /** HTML (and XML) text and attribute values. */
    static String html(String raw) {
        String s = text(raw);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c != '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** Markdown inline text: markup characters are backslash-escaped, line breaks become spaces. */
    static String md(String raw) {
        String s = text(raw);
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return b.toString();
    }

    /** Cuts long text at a word boundary with an ellipsis (for the one-page brief). */
    static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s == null ? "" : s;
        }
        int space = s.lastIndexOf(' ', max - 1);
        return s.substring(0, space > max / 2 ? space : max - 1).strip() + "…";
    }
}
