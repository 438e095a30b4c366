package dev.rapport.tools.bench;

import dev.rapport.store.Journal;
import dev.rapport.store.JournalDump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** The JSON export's floors: the dump's tables and rows through plain JDBC and Jackson, nothing else. */
final class ExportFloors {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Journal journal;

    ExportFloors(Journal journal) {
        this.journal = journal;
    }

    /**
     * The benchmark's floor for the whole-journal export: the same tables and rows streamed with
     * plain JDBC and Jackson (every value as a string, no order, no types, no progress), nothing
     * else. The full export is measured against it.
     */
    long writeFloor(OutputStream out) {
        return floor(out, List.copyOf(JournalDump.TABLES.keySet()));
    }

    /** The floor the issue first named: the interaction table alone through plain JDBC and Jackson. */
    long writeInteractionsFloor(OutputStream out) {
        return floor(out, List.of("interaction"));
    }

    private long floor(OutputStream out, List<String> tables) {
        return journal.read(c -> {
            long rows = 0;
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8); Statement s = c.createStatement()) {
                g.writeStartObject();
                for (String table : tables) {
                    g.writeArrayFieldStart(table);
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                        int n = rs.getMetaData().getColumnCount();
                        String[] names = new String[n];
                        for (int i = 0; i < n; i++) {
                            names[i] = rs.getMetaData().getColumnName(i + 1);
                        }
                        while (rs.next()) {
                            g.writeStartObject();
                            for (int i = 0; i < n; i++) {
                                g.writeStringField(names[i], rs.getString(i + 1));
                            }
                            g.writeEndObject();
                            rows++;
                        }
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException("The floor could not be written", e);
            }
            return rows;
        });
    }
}
