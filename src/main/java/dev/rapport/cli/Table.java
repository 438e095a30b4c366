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

    /** A row under the previous one: indented label (may be empty), value in the same column. */
    void subRow(String label, String value) {
        rows.add(new String[]{"  " + label, value});
    }

    /** A line of its own, printed in place, outside the columns. */
    void line(String text) {
        rows.add(new String[]{text});
    }

    void print() {
        int width = MIN_WIDTH;
        for (String[] r : rows) {
            if (r.length == 2) {
                width = Math.max(width, r[0].length() + 1);
            }
        }
        for (String[] r : rows) {
            out.println(r.length == 1 ? r[0] : r[0] + " ".repeat(width - r[0].length()) + r[1]);
        }
    }
}
