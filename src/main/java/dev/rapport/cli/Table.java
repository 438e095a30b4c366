package dev.rapport.cli;

import dev.rapport.i18n.I18n;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Label–value lines with the values in one column, whatever the language's label lengths. */
final class Table {
    private static final int MIN_WIDTH = 15;
    private final PrintWriter out;
    private final List<String[]> rows = new ArrayList<>();

    Table(PrintWriter out) {
        this.out = out;
    }

    /** A row whose label is the text of a key in the current language. */
    void row(String labelKey, String value) {
        rows.add(new String[]{I18n.t(labelKey), value});
    }

    void print() {
        int width = MIN_WIDTH;
        for (String[] r : rows) {
            width = Math.max(width, r[0].length() + 1);
        }
        for (String[] r : rows) {
            out.println(r[0] + " ".repeat(width - r[0].length()) + r[1]);
        }
    }
}
