package dev.rapport.store;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration script into statements, keeping trigger bodies (BEGIN … END;) whole. */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (String rawLine : script.split("\n")) {
            String line = stripComment(rawLine);
            if (line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            String upper = line.strip().toUpperCase();
            if (upper.endsWith("BEGIN")) {
                depth++;
            }
            if (upper.startsWith("END;") && depth > 0) {
                depth--;
            }
            if (depth == 0 && line.strip().endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String stripComment(String line) {
        int i = line.indexOf("--");
        return i >= 0 && !insideQuotes(line, i) ? line.substring(0, i) : line;
    }

    private static boolean insideQuotes(String line, int index) {
        int quotes = 0;
        for (int i = 0; i < index; i++) {
            if (line.charAt(i) == '\'') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
