package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.model.Text;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** Writes the whole journal as the dump's JSON document, row by row (Jackson streaming). */
final class DumpWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private DumpWriter() {
    }

    /** Writes the document; {@code progress} hears the number of rows written so far, now and then. */
    static long write(Connection c, OutputStream out, LongConsumer progress) throws SQLException {
        long rows = 0;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeStringField("format", JournalDump.FORMAT);
            g.writeNumberField("version", JournalDump.VERSION);
            g.writeNumberField("schema", Migrations.latestVersion());
            g.writeObjectFieldStart("tables");
            try (Statement s = c.createStatement()) {
                for (Map.Entry<String, String> table : JournalDump.TABLES.entrySet()) {
                    g.writeArrayFieldStart(table.getKey());
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())) {
                        ResultSetMetaData meta = rs.getMetaData();
                        int n = meta.getColumnCount();
                        com.fasterxml.jackson.core.SerializableString[] names = new com.fasterxml.jackson.core.SerializableString[n];
                        boolean[] integer = new boolean[n];
                        for (int i = 0; i < n; i++) {
                            names[i] = new com.fasterxml.jackson.core.io.SerializedString(meta.getColumnName(i + 1));
                            integer[i] = String.valueOf(meta.getColumnTypeName(i + 1)).toUpperCase(java.util.Locale.ROOT).startsWith("INT");
                        }
                        while (rs.next()) {
                            g.writeRaw('\n'); // one row a line: readable, and diffs well
                            g.writeStartObject();
                            for (int i = 0; i < n; i++) {
                                g.writeFieldName(names[i]);
                                if (integer[i]) {
                                    long v = rs.getLong(i + 1);
                                    if (rs.wasNull()) {
                                        g.writeNull();
                                    } else {
                                        g.writeNumber(v);
                                    }
                                } else {
                                    String v = rs.getString(i + 1);
                                    if (v == null) {
                                        g.writeNull();
                                    } else {
                                        g.writeString(Text.printable(v)); // no NUL leaves the journal, as in every export
                                    }
                                }
                            }
                            g.writeEndObject();
                            if (++rows % 10_000 == 0) {
                                progress.accept(rows);
                            }
                        }
                    }
                    g.writeEndArray();
                    g.writeRaw('\n');
                }
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new RapportException(I18n.t("files.export.notWritten", FileProblems.why(e)), e);
        }
        progress.accept(rows);
        return rows;
    }
}
