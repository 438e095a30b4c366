package dev.rapport.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the accents right), CRLF
 * rows, control characters dropped ({@link Esc#text}), and every cell that a spreadsheet would run
 * as a formula neutralised with a leading quote.
 */
public final class Csv {
    static final char BOM = '\uFEFF';

    private Csv() {
    }

    /** A cell starting with = + - @ tab or CR gets a leading single quote, so it stays text. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** A printer over {@code out} that has already written the byte-order mark. */
    public static Printer open(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(BOM);
        return new Printer(new CSVPrinter(w, CSVFormat.RFC4180));
    }

    /** Prints neutralised rows. */
    public static final class Printer implements AutoCloseable {
        private final CSVPrinter printer;

        Printer(CSVPrinter printer) {
            this.printer = printer;
        }

        public void row(List<String> cells) {
            try {
                for (String cell : cells) {
                    printer.print(neutralise(Esc.text(cell)));
                }
                printer.println();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }
}
