package dev.rapport.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the questions in a pasted message as a list (DOMAIN §4): numbered lines and bullets
 * are taken as they are, in order; otherwise each sentence ending in a question mark is one.
 * The consultant corrects the proposal.
 */
public final class Questions {
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d{1,3}\\s*[.):]|[-*•–]|\\(\\d{1,3}\\)|[a-z][.)])\\s+(.*)$");
    private static final Pattern QUESTION = Pattern.compile("[^.!?\\n]*\\?");

    private Questions() {
    }

    public static List<String> split(String message) {
        if (message == null || message.isBlank()) {
            return List.of();
        }
        List<String> items = items(message);
        if (items.size() >= 2) {
            return items;
        }
        List<String> out = new ArrayList<>();
        Matcher m = QUESTION.matcher(message.replace('\r', ' '));
        while (m.find()) {
            String q = m.group().strip();
            if (q.length() > 1) {
                out.add(q);
            }
        }
        if (out.isEmpty()) {
            out.add(message.strip().replaceAll("\\s+", " "));
        }
        return out;
    }

    /** Numbered or bulleted items, with their indented continuation lines joined; other text ends an item. */
    private static List<String> items(String message) {
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : message.split("\\R")) {
            Matcher m = ITEM.matcher(line);
            if (m.matches()) {
                if (current != null) {
                    out.add(current.toString().strip());
                }
                current = new StringBuilder(m.group(1).strip());
            } else if (current != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                current.append(' ').append(line.strip());
            } else if (current != null) {
                out.add(current.toString().strip());
                current = null;
            }
        }
        if (current != null) {
            out.add(current.toString().strip());
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** The questions as a numbered list, one a line. */
    public static String numbered(List<String> questions) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < questions.size(); i++) {
            b.append(i + 1).append(". ").append(questions.get(i)).append('\n');
        }
        return b.toString().strip();
    }

    /** Reads a numbered list back (as the consultant corrected it): one question a line, numbers dropped. */
    public static List<String> fromNumbered(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            Matcher m = ITEM.matcher(line);
            String q = (m.matches() ? m.group(1) : line).strip();
            if (!q.isEmpty()) {
                out.add(q);
            }
        }
        return out;
    }
}
