package dev.rapport.store;

import dev.rapport.model.RapportException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The whole journal as one JSON document, every table, row by row (Jackson streaming), and back.
 * <pre>{"format": "rapport-journal", "version": 1, "schema": 3, "tables": {"client": [{...}, ...], ...}}</pre>
 * Rows are in primary-key order and columns in schema order, so the same journal always gives
 * the same document. Loading validates the whole document before it touches the journal, then
 * writes it in one transaction: all of it, or nothing.
 */
public final class JournalDump {
    public static final String FORMAT = "rapport-journal";
    public static final int VERSION = 1;

    /** Every table, parents before children, with its order. A test checks no table of the schema is missing. */
    public static final Map<String, String> TABLES = tables();

    /** Tables whose rows count as the journal's entries (for "this would replace N entries"). */
    public static final List<String> ENTRY_TABLES = List.of("interaction", "promise", "problem", "request", "review", "survey_answer");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Journal journal;

    public JournalDump(Journal journal) {
        this.journal = journal;
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("setting", "key");
        t.put("client", "id");
        t.put("contact", "id");
        t.put("interaction", "id");
        t.put("interaction_contact", "interaction_id, contact_id");
        t.put("interaction_tag", "interaction_id, tag");
        t.put("promise", "id");
        t.put("promise_renegotiation", "promise_id, position");
        t.put("problem", "id");
        t.put("request", "id");
        t.put("request_question", "request_id, position");
        t.put("response_target", "client_id");
        t.put("checklist_item", "id");
        t.put("review", "id");
        t.put("review_answer", "review_id, item_id");
        t.put("survey_question", "id");
        t.put("survey_answer", "id");
        t.put("follow_up", "answer_id");
        t.put("client_tag", "client_id, tag");
        t.put("dated_event", "id");
        t.put("meeting", "id");
        t.put("meeting_contact", "meeting_id, contact_id");
        return java.util.Collections.unmodifiableMap(t);
    }

    /** The tables the schema has (full-text indexes and SQLite's own left out). */
    public List<String> schemaTables() {
        return journal.read(c -> {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            + "AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts_%' ORDER BY name")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        });
    }

    /** Row counts per table. */
    public Map<String, Long> counts() {
        return journal.read(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (String table : TABLES.keySet()) {
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                        counts.put(table, rs.next() ? rs.getLong(1) : 0);
                    }
                }
            }
            return counts;
        });
    }

    /** Writes the document; {@code progress} hears the number of rows written so far, now and then. */
    public long write(OutputStream out, LongConsumer progress) {
        return journal.read(c -> {
            long rows = 0;
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("version", VERSION);
                g.writeNumberField("schema", Migrations.latestVersion());
                g.writeObjectFieldStart("tables");
                try (Statement s = c.createStatement()) {
                    for (Map.Entry<String, String> table : TABLES.entrySet()) {
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
                                            g.writeString(v);
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
                throw new RapportException("The export could not be written: " + e.getMessage(), e);
            }
            progress.accept(rows);
            return rows;
        });
    }

    /**
     * The benchmark's floor: every interaction row streamed with plain JDBC and Jackson, no
     * other table, nothing else. The full export is measured against it.
     */
    public long writeFloor(OutputStream out) {
        return journal.read(c -> {
            long rows = 0;
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM interaction ORDER BY id")) {
                int n = rs.getMetaData().getColumnCount();
                String[] names = new String[n];
                for (int i = 0; i < n; i++) {
                    names[i] = rs.getMetaData().getColumnName(i + 1);
                }
                g.writeStartArray();
                while (rs.next()) {
                    g.writeStartObject();
                    for (int i = 0; i < n; i++) {
                        g.writeStringField(names[i], rs.getString(i + 1));
                    }
                    g.writeEndObject();
                    rows++;
                }
                g.writeEndArray();
            } catch (IOException e) {
                throw new RapportException("The floor could not be written: " + e.getMessage(), e);
            }
            return rows;
        });
    }

    /** A read and checked document, not yet stored. */
    public record Document(int schema, Map<String, Table> tables) {
        public long rows(String table) {
            Table t = tables.get(table);
            return t == null ? 0 : t.rows().size();
        }

        public long entries() {
            return ENTRY_TABLES.stream().mapToLong(this::rows).sum();
        }
    }

    /** One table's rows, values in the order of {@code columns}. */
    public record Table(String name, List<String> columns, List<Object[]> rows) {
    }

    /** What the journal's columns are: name → declared type and whether NULL is refused. */
    private record Column(String type, boolean notNull, boolean hasDefault) {
    }

    private Map<String, Map<String, Column>> columns() {
        return journal.read(c -> {
            Map<String, Map<String, Column>> all = new LinkedHashMap<>();
            try (Statement s = c.createStatement()) {
                for (String table : TABLES.keySet()) {
                    Map<String, Column> cols = new LinkedHashMap<>();
                    try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                        while (rs.next()) {
                            cols.put(rs.getString("name"), new Column(rs.getString("type").toUpperCase(),
                                    rs.getInt("notnull") == 1 && rs.getInt("pk") == 0, rs.getString("dflt_value") != null));
                        }
                    }
                    all.put(table, cols);
                }
            }
            return all;
        });
    }

    /**
     * Reads and checks a whole document. A problem is a {@link DumpException} naming the table,
     * the record (1-based) and the field, with the line of the file.
     */
    public Document read(InputStream in) {
        Map<String, Map<String, Column>> schema = columns();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "the document");
            String format = null;
            Integer version = null;
            int docSchema = -1;
            Map<String, Table> tables = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "version" -> version = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "schema" -> docSchema = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "tables" -> tables = readTables(p, schema);
                    default -> p.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) {
                throw new DumpException("This is not a Rapport journal export (its \"format\" is not \"" + FORMAT + "\").");
            }
            if (version == null || version < 1 || version > VERSION) {
                throw new DumpException("This export has format version " + version + "; this Rapport reads version " + VERSION + ".");
            }
            if (docSchema < 1 || docSchema > Migrations.latestVersion()) {
                throw new DumpException("This export comes from journal schema " + docSchema + "; this Rapport knows schema "
                        + Migrations.latestVersion() + " (update Rapport to import it).");
            }
            if (tables == null) {
                throw new DumpException("This export has no \"tables\".");
            }
            if (p.nextToken() != null) {
                throw new DumpException("Line " + p.currentLocation().getLineNr() + ": unexpected content after the document.");
            }
            return new Document(docSchema, tables);
        } catch (JsonParseException e) {
            throw new DumpException("Line " + e.getLocation().getLineNr() + ": not valid JSON (" + e.getOriginalMessage() + ").");
        } catch (IOException e) {
            throw new DumpException("The file could not be read: " + e.getMessage());
        }
    }

    private static Map<String, Table> readTables(JsonParser p, Map<String, Map<String, Column>> schema) throws IOException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT, "\"tables\"");
        Map<String, Table> tables = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Map<String, Column> cols = schema.get(name);
            if (cols == null) {
                throw new DumpException("Line " + p.currentLocation().getLineNr() + ": unknown table \"" + name + "\".");
            }
            if (tables.containsKey(name)) {
                throw new DumpException("Line " + p.currentLocation().getLineNr() + ": table \"" + name + "\" appears twice.");
            }
            expect(p, p.nextToken(), JsonToken.START_ARRAY, "table " + name);
            List<String> columns = new ArrayList<>(cols.keySet());
            List<Object[]> rows = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int record = rows.size() + 1;
                Object[] row = new Object[columns.size()];
                boolean[] seen = new boolean[columns.size()];
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    int index = columns.indexOf(field);
                    String where = "Line " + p.currentLocation().getLineNr() + ", " + name + " record " + record + ", field " + field;
                    if (index < 0) {
                        throw new DumpException(where + ": no such field.");
                    }
                    JsonToken v = p.nextToken();
                    Column col = cols.get(field);
                    seen[index] = true;
                    if (v == JsonToken.VALUE_NULL) {
                        if (col.notNull()) {
                            throw new DumpException(where + ": may not be empty (null).");
                        }
                        row[index] = null;
                    } else if (col.type().startsWith("INTEGER")) {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            throw new DumpException(where + ": expected a whole number.");
                        }
                        row[index] = p.getLongValue();
                    } else {
                        if (v != JsonToken.VALUE_STRING) {
                            throw new DumpException(where + ": expected text.");
                        }
                        row[index] = p.getText();
                    }
                }
                for (int i = 0; i < seen.length; i++) {
                    Column col = cols.get(columns.get(i));
                    if (!seen[i] && col.notNull() && !col.hasDefault()) {
                        throw new DumpException("Line " + p.currentLocation().getLineNr() + ", " + name + " record " + record
                                + ", field " + columns.get(i) + ": missing.");
                    }
                    if (!seen[i]) {
                        row[i] = Missing.VALUE;
                    }
                }
                rows.add(row);
            }
            expect(p, p.currentToken(), JsonToken.END_ARRAY, "table " + name);
            tables.put(name, new Table(name, columns, rows));
        }
        return tables;
    }

    /** A field the document left out: the column's default applies. */
    private enum Missing { VALUE }

    private static void expect(JsonParser p, JsonToken got, JsonToken wanted, String what) {
        if (got != wanted) {
            throw new DumpException("Line " + p.currentLocation().getLineNr() + ": " + what + " is not what a Rapport export holds"
                    + " (expected " + describe(wanted) + ").");
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object { }";
            case START_ARRAY -> "a list [ ]";
            case END_ARRAY -> "the end of a list ]";
            default -> t.asString();
        };
    }

    /**
     * Stores a read document in one transaction. With {@code replace}, the journal's own rows go
     * first; the built-in checklist and the settings are always replaced by the document's.
     */
    public void load(Document doc, boolean replace, LongConsumer progress) {
        journal.write(c -> {
            List<String> order = new ArrayList<>(TABLES.keySet());
            try (Statement s = c.createStatement()) {
                s.execute("DROP TRIGGER interaction_fts_insert");
                for (int i = order.size() - 1; i >= 0; i--) {
                    String table = order.get(i);
                    if (replace || table.equals("setting") || table.equals("checklist_item")) {
                        s.execute("DELETE FROM " + table);
                    }
                }
            }
            long done = 0;
            for (String table : order) {
                Table t = doc.tables().get(table);
                if (t == null || t.rows().isEmpty()) {
                    continue;
                }
                done = insert(c, t, done, progress);
            }
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO interaction_fts (interaction_fts) VALUES ('rebuild')");
                s.execute(BulkLoader.FTS_INSERT_TRIGGER);
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    if (rs.next()) {
                        throw new DumpException(rs.getString(1) + " record with row id " + rs.getLong(2)
                                + ": refers to a missing " + rs.getString(3) + ".");
                    }
                }
            }
            progress.accept(done);
            return null;
        });
    }

    private static long insert(Connection c, Table t, long done, LongConsumer progress) throws SQLException {
        // Rows may leave fields out (defaults); group by which columns are present.
        Map<String, PreparedStatement> statements = new LinkedHashMap<>();
        try {
            int record = 0;
            for (Object[] row : t.rows()) {
                record++;
                StringBuilder key = new StringBuilder();
                List<String> present = new ArrayList<>();
                for (int i = 0; i < row.length; i++) {
                    if (row[i] != Missing.VALUE) {
                        present.add(t.columns().get(i));
                        key.append(i).append(',');
                    }
                }
                PreparedStatement ps = statements.get(key.toString());
                if (ps == null) {
                    ps = c.prepareStatement("INSERT INTO " + t.name() + " (" + String.join(", ", present) + ") VALUES ("
                            + "?, ".repeat(present.size() - 1) + "?)");
                    statements.put(key.toString(), ps);
                }
                int p = 1;
                for (Object v : row) {
                    if (v != Missing.VALUE) {
                        ps.setObject(p++, v);
                    }
                }
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    throw new DumpException(t.name() + " record " + record + ": " + reason(e));
                }
                if (++done % 10_000 == 0) {
                    progress.accept(done);
                }
            }
        } finally {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
        return done;
    }

    private static String reason(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("FOREIGN KEY")) {
            return "refers to a missing record (a client, contact or entry that is not in the file).";
        }
        int open = msg.indexOf("failed (");
        String detail = open >= 0 && msg.endsWith(")") ? msg.substring(open + 8, msg.length() - 1) : msg;
        return detail.replace("CHECK constraint failed: ", "CHECK constraint failed, ").replace(" IN (", " must be one of (") + ".";
    }

    /** A document that cannot be imported; the message names the line, record and field. */
    public static final class DumpException extends RapportException {
        public DumpException(String message) {
            super(message);
        }
    }
}
