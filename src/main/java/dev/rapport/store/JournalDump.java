package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;
import dev.rapport.model.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        t.put("contact_role", "id");
        t.put("contact_tag", "contact_id, tag");
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
        t.put("mail_message", "message_key");
        t.put("mail_unmatched", "message_key");
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
        });
    }

    /**
     * The benchmark's floor for the whole-journal export: the same tables and rows streamed with
     * plain JDBC and Jackson (every value as a string, no order, no types, no progress), nothing
     * else. The full export is measured against it.
     */
    public long writeFloor(OutputStream out) {
        return floor(out, List.copyOf(TABLES.keySet()));
    }

    /** The floor the issue first named: the interaction table alone through plain JDBC and Jackson. */
    public long writeInteractionsFloor(OutputStream out) {
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
                throw new RapportException("The floor could not be written: " + e.getMessage(), e);
            }
            return rows;
        });
    }

    /**
     * A read and checked document, not yet stored: either its rows in memory ({@code tables}), or,
     * read from a file, only its row counts with the file to stream them from again when loading
     * ({@code source}), so a large journal is never held in memory.
     */
    public record Document(int schema, Map<String, Table> tables, Map<String, Long> counts, Path source) {
        public Document(int schema, Map<String, Table> tables) {
            this(schema, tables, countsOf(tables), null);
        }

        private static Map<String, Long> countsOf(Map<String, Table> tables) {
            Map<String, Long> counts = new LinkedHashMap<>();
            tables.forEach((name, t) -> counts.put(name, (long) t.rows().size()));
            return counts;
        }

        public long rows(String table) {
            return counts.getOrDefault(table, 0L);
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
        boolean integer() {
            return type.startsWith("INTEGER");
        }
    }

    private Map<String, Map<String, Column>> columns() {
        return journal.read(JournalDump::columns);
    }

    private static Map<String, Map<String, Column>> columns(Connection c) throws SQLException {
        Map<String, Map<String, Column>> all = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                Map<String, Column> cols = new LinkedHashMap<>();
                Set<String> references = new HashSet<>();
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
                    while (rs.next()) {
                        references.add(rs.getString("from"));
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                    while (rs.next()) {
                        // A key column counts like any other. A row id key is not declared NOT NULL and may be left out
                        // (SQLite numbers the row), unless it also points at another table's row (response_target's
                        // client_id): a number SQLite made up would belong to some other client, or to none.
                        String name = rs.getString("name");
                        boolean rowIdReference = rs.getInt("pk") > 0 && references.contains(name);
                        cols.put(name, new Column(rs.getString("type").toUpperCase(),
                                rs.getInt("notnull") == 1 || rowIdReference, rs.getString("dflt_value") != null));
                    }
                }
                all.put(table, cols);
            }
        }
        return all;
    }

    /**
     * Reads and checks a whole document. A problem is a {@link DumpException} naming the table,
     * the record (1-based) and the field, with the line of the file.
     */
    public Document read(InputStream in) {
        Map<String, Table> tables = new LinkedHashMap<>();
        int schema = parse(in, columns(), true, checked((table, columns, row) -> tables.computeIfAbsent(table,
                k -> new Table(k, columns, new ArrayList<>())).rows().add(row)));
        return new Document(schema, tables);
    }

    /**
     * Reads and checks a whole document from a file, keeping only its row counts: {@link #load}
     * streams the rows from the file again, so memory stays flat whatever the journal's size.
     */
    public Document read(Path file) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            // counting only, rows are not kept: each is checked against the domain's rules and let go
            int schema = parse(in, columns(), true, checked((table, columns, row) -> counts.merge(table, 1L, Long::sum)));
            return new Document(schema, Map.of(), counts, file);
        } catch (IOException e) {
            throw new DumpException(FileProblems.cannotRead(file, e));
        }
    }

    /** Hears each checked row of a document: its table, the table's columns, the values in their order. */
    private interface RowSink {
        void row(String table, List<String> columns, Object[] row) throws SQLException;
    }

    /** A row as the domain's rules read it: its present columns and their values. */
    private static RowRules.Values values(List<String> columns, Object[] row) {
        Map<String, Object> present = new java.util.HashMap<>();
        for (int i = 0; i < row.length; i++) {
            if (row[i] != Missing.VALUE) {
                present.put(columns.get(i), row[i]);
            }
        }
        return RowRules.of(present);
    }

    /** Refusals of the domain's rules, named by the line, table, record and field; the sink hears only rows that keep them. */
    private static final class Checked implements RowSink {
        private final RowSink sink;
        private final Map<String, Integer> records = new java.util.HashMap<>();
        private JsonParser parser;

        Checked(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void row(String table, List<String> columns, Object[] row) throws SQLException {
            int record = records.merge(table, 1, Integer::sum);
            try {
                RowRules.check(table, values(columns, row));
            } catch (dev.rapport.model.ValidationException e) {
                throw new DumpException(I18n.t("data.json.badField", String.valueOf(parser.currentLocation().getLineNr()), table,
                        String.valueOf(record), e.field(), e.getMessage()));
            }
            sink.row(table, columns, row);
        }
    }

    private static Checked checked(RowSink sink) {
        return new Checked(sink);
    }

    /**
     * Parses and checks a document, handing every row to {@code sink} (with its texts when
     * {@code texts}, otherwise with {@code null} in their place); returns the document's schema.
     */
    private static int parse(InputStream in, Map<String, Map<String, Column>> schema, boolean texts, RowSink sink) {
        try (JsonParser p = JSON.createParser(in)) {
            if (sink instanceof Checked checked) {
                checked.parser = p;
            }
            try {
                return parseDocument(p, schema, texts, sink);
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                // Jackson's limit names no line: the parser still knows where it stopped
                throw new DumpException(I18n.t("imports.reason.tooLarge", String.valueOf(p.currentLocation().getLineNr())));
            }
        } catch (JsonParseException e) {
            throw new DumpException(I18n.t("data.json.notJson", String.valueOf(e.getLocation().getLineNr()),
                    String.valueOf(e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new DumpException(I18n.t("imports.unreadable", Unreadable.reason(e)));
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(JournalDump.class.getName()).log(java.util.logging.Level.WARNING, "Storing imported rows failed", e);
            throw new DumpException(I18n.t("data.json.storeFailed"));
        }
    }

    private static int parseDocument(JsonParser p, Map<String, Map<String, Column>> schema, boolean texts, RowSink sink)
            throws IOException, SQLException {
        expect(p, p.nextToken(), JsonToken.START_OBJECT, "data.json.unexpected.document", "");
        String format = null;
        Integer version = null;
        int docSchema = -1;
        boolean tables = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "format" -> format = p.getValueAsString();
                case "version" -> version = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "schema" -> docSchema = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "tables" -> {
                    readTables(p, schema, texts, sink);
                    tables = true;
                }
                default -> p.skipChildren();
            }
        }
        if (!FORMAT.equals(format)) {
            throw new DumpException(I18n.t("data.json.notRapport", FORMAT));
        }
        if (version == null || version < 1 || version > VERSION) {
            throw new DumpException(I18n.t("data.json.version", String.valueOf(version), String.valueOf(VERSION)));
        }
        if (docSchema < 1 || docSchema > Migrations.latestVersion()) {
            throw new DumpException(I18n.t("data.json.schema", String.valueOf(docSchema), String.valueOf(Migrations.latestVersion())));
        }
        if (!tables) {
            throw new DumpException(I18n.t("data.json.noTables"));
        }
        if (p.nextToken() != null) {
            throw new DumpException(I18n.t("data.json.afterEnd", String.valueOf(p.currentLocation().getLineNr())));
        }
        return docSchema;
    }

    private static void readTables(JsonParser p, Map<String, Map<String, Column>> schema, boolean texts, RowSink sink)
            throws IOException, SQLException {
        expect(p, p.currentToken(), JsonToken.START_OBJECT, "data.json.unexpected.tables", "");
        java.util.Set<String> tables = new java.util.HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Map<String, Column> cols = schema.get(name);
            if (cols == null) {
                throw new DumpException(I18n.t("data.json.unknownTable", String.valueOf(p.currentLocation().getLineNr()), name));
            }
            if (!tables.add(name)) {
                throw new DumpException(I18n.t("data.json.tableTwice", String.valueOf(p.currentLocation().getLineNr()), name));
            }
            expect(p, p.nextToken(), JsonToken.START_ARRAY, "data.json.unexpected.table", name);
            List<String> columns = List.copyOf(cols.keySet());
            Map<String, Integer> positions = new java.util.HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                positions.put(columns.get(i), i);
            }
            Column[] types = cols.values().toArray(new Column[0]);
            int records = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int record = ++records;
                Object[] row = new Object[columns.size()];
                boolean[] seen = new boolean[columns.size()];
                int next = 0;
                boolean empty = true;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    empty = false;
                    String field = p.currentName();
                    // an export writes the fields in the columns' order: look up only the others
                    Integer index = next < columns.size() && field.equals(columns.get(next)) ? Integer.valueOf(next)
                            : positions.get(field);
                    if (index == null) {
                        throw new DumpException(where(p, name, record, field, "data.json.why.noSuchField"));
                    }
                    next = index + 1;
                    JsonToken v = p.nextToken();
                    Column col = types[index];
                    seen[index] = true;
                    if (v == JsonToken.VALUE_NULL) {
                        if (col.notNull()) {
                            throw new DumpException(where(p, name, record, field, "data.json.why.null"));
                        }
                        row[index] = null;
                    } else if (col.integer()) {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            throw new DumpException(where(p, name, record, field, "data.json.why.wholeNumber"));
                        }
                        row[index] = p.getLongValue();
                    } else {
                        if (v != JsonToken.VALUE_STRING) {
                            throw new DumpException(where(p, name, record, field, "data.json.why.text"));
                        }
                        row[index] = texts ? p.getText() : null;
                    }
                }
                if (empty) {
                    throw new DumpException(I18n.t("data.json.emptyRecord", String.valueOf(p.currentLocation().getLineNr()),
                            name, String.valueOf(record)));
                }
                for (int i = 0; i < seen.length; i++) {
                    Column col = types[i];
                    if (!seen[i] && col.notNull() && !col.hasDefault()) {
                        throw new DumpException(where(p, name, record, columns.get(i), "data.json.why.missing"));
                    }
                    if (!seen[i]) {
                        row[i] = Missing.VALUE;
                    }
                }
                if (texts) {
                    // an older document's zone-less wall-clock times were written on this machine: its zone
                    MomentColumns.fillFromMachineZone(name, columns, row, Missing.VALUE, java.time.ZoneId.systemDefault());
                }
                sink.row(name, columns, row);
            }
            expect(p, p.currentToken(), JsonToken.END_ARRAY, "data.json.unexpected.table", name);
        }
    }

    private static String where(JsonParser p, String table, int record, String field, String whyKey) {
        return I18n.t("data.json.badField", String.valueOf(p.currentLocation().getLineNr()), table, String.valueOf(record), field,
                I18n.t(whyKey));
    }

    /** A field the document left out: the column's default applies. */
    private enum Missing { VALUE }

    /** {@code whatKey} names the part (the document, "tables", a table); {@code table} is the table's name, if any. */
    private static void expect(JsonParser p, JsonToken got, JsonToken wanted, String whatKey, String table) {
        if (got != wanted) {
            String line = String.valueOf(p.currentLocation().getLineNr());
            String expected = describe(wanted);
            throw new DumpException(table.isEmpty() ? I18n.t(whatKey, line, expected) : I18n.t(whatKey, line, table, expected));
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> I18n.t("data.json.expected.object");
            case START_ARRAY -> I18n.t("data.json.expected.list");
            case END_ARRAY -> I18n.t("data.json.expected.listEnd");
            default -> t.asString();
        };
    }

    /**
     * Stores a read document in one transaction. With {@code replace}, the journal's own rows go
     * first; the built-in checklist and the settings are always replaced by the document's.
     * The search indexes and the plain indexes are built once at the end rather than row by row,
     * inside the same transaction: a failure anywhere leaves the journal, its indexes and its
     * triggers exactly as they were.
     */
    public void load(Document doc, boolean replace, LongConsumer progress) {
        journal.write(c -> {
            List<String> order = new ArrayList<>(TABLES.keySet());
            SearchIndexes searchIndexes;
            SecondaryIndexes secondaryIndexes;
            try (Statement s = c.createStatement()) {
                searchIndexes = SearchIndexes.suspend(s);
                s.execute("DROP TRIGGER " + ContactRoleRepository.FIRST_ROLE_TRIGGER_NAME);
                for (int i = order.size() - 1; i >= 0; i--) {
                    String table = order.get(i);
                    if (replace || table.equals("setting") || table.equals("checklist_item")) {
                        s.execute("DELETE FROM " + table);
                    }
                }
                secondaryIndexes = SecondaryIndexes.drop(s);
            }
            long done;
            try (BulkConnection ignored = BulkConnection.tune(c)) {
                done = insertAll(c, doc, progress);
            }
            try (Statement s = c.createStatement()) {
                secondaryIndexes.create(s);
                s.execute(ContactRoleRepository.FIRST_ROLE_TRIGGER);
                // a document from before roles: every person gets one current role at their client
                s.execute("INSERT INTO contact_role (contact_id, client_id, title) SELECT id, client_id, role FROM contact "
                        + "WHERE id NOT IN (SELECT contact_id FROM contact_role)");
                searchIndexes.rebuild(s);
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

    private long insertAll(Connection c, Document doc, LongConsumer progress) throws SQLException {
        if (doc.source() != null) {
            return stream(c, doc, progress);
        }
        long done = 0;
        for (String table : TABLES.keySet()) {
            Table t = doc.tables().get(table);
            if (t != null && !t.rows().isEmpty()) {
                done = insert(c, t, done, progress);
            }
        }
        return done;
    }

    /**
     * Streams a file's rows into the journal in the file's order, a row at a time. A file whose
     * tables are not parents-first (as an export writes them) has its references checked at the end.
     */
    private long stream(Connection c, Document doc, LongConsumer progress) throws SQLException {
        List<String> canonical = new ArrayList<>(TABLES.keySet());
        List<String> inFile = new ArrayList<>(doc.counts().keySet());
        List<String> sorted = new ArrayList<>(inFile);
        sorted.sort(java.util.Comparator.comparingInt(canonical::indexOf));
        if (!sorted.equals(inFile)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA defer_foreign_keys = ON");
            }
        }
        Inserter inserter = new Inserter(c, progress);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(doc.source()), 1 << 16)) {
            parse(in, columns(c), true, inserter);
        } catch (IOException e) {
            throw new DumpException(FileProblems.cannotRead(doc.source(), e));
        } finally {
            inserter.close();
        }
        return inserter.done;
    }

    /** Inserts rows as the parser hands them over, a table at a time. */
    private static final class Inserter implements RowSink {
        private final Connection c;
        private final LongConsumer progress;
        private TableWriter writer;
        private long done;

        Inserter(Connection c, LongConsumer progress) {
            this.c = c;
            this.progress = progress;
        }

        @Override
        public void row(String name, List<String> columns, Object[] row) throws SQLException {
            if (writer == null || !writer.table.equals(name)) {
                close();
                writer = new TableWriter(c, name, columns);
            }
            writer.insert(row);
            if (++done % 10_000 == 0) {
                progress.accept(done);
            }
        }

        void close() throws SQLException {
            if (writer != null) {
                writer.close();
                writer = null;
            }
        }
    }

    private static long insert(Connection c, Table t, long done, LongConsumer progress) throws SQLException {
        try (TableWriter writer = new TableWriter(c, t.name(), t.columns())) {
            for (Object[] row : t.rows()) {
                writer.insert(row);
                if (++done % 10_000 == 0) {
                    progress.accept(done);
                }
            }
        }
        return done;
    }

    /**
     * Inserts one table's rows, numbering them for messages. Rows may leave fields out (their
     * defaults apply), so there is one prepared statement per set of present columns.
     */
    private static final class TableWriter implements AutoCloseable {
        private final Connection c;
        private final String table;
        private final List<String> columns;
        private final Map<Long, PreparedStatement> statements = new java.util.HashMap<>();
        private int record;

        TableWriter(Connection c, String table, List<String> columns) {
            this.c = c;
            this.table = table;
            this.columns = columns;
        }

        void insert(Object[] row) throws SQLException {
            record++;
            PreparedStatement ps = statementFor(row);
            int p = 1;
            for (Object v : row) {
                if (v == Missing.VALUE) {
                    continue;
                }
                if (v instanceof Long n) {
                    ps.setLong(p++, n);
                } else if (v == null) {
                    ps.setNull(p++, java.sql.Types.NULL);
                } else {
                    ps.setString(p++, (String) v);
                }
            }
            try {
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new DumpException(reason(table, record, e));
            }
        }

        private PreparedStatement statementFor(Object[] row) throws SQLException {
            long present = 0;
            for (int i = 0; i < row.length; i++) {
                if (row[i] != Missing.VALUE) {
                    present |= 1L << i;
                }
            }
            PreparedStatement ps = statements.get(present);
            if (ps == null) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < row.length; i++) {
                    if ((present & 1L << i) != 0) {
                        names.add(columns.get(i));
                    }
                }
                ps = c.prepareStatement(names.isEmpty() ? "INSERT INTO " + table + " DEFAULT VALUES"
                        : "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + "?, ".repeat(names.size() - 1) + "?)");
                statements.put(present, ps);
            }
            return ps;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            statements.clear();
        }
    }

    /** What SQLite refused, in the user's words: no "UNIQUE constraint failed" reaches them. */
    private static String reason(String table, int record, SQLException e) {
        String msg = String.valueOf(e.getMessage());
        String where = String.valueOf(record);
        if (msg.contains("FOREIGN KEY")) {
            return I18n.t("data.json.store.missingRef", table, where);
        }
        String rule = SqlRefusals.rule(msg);
        if (rule != null) {
            return I18n.t("data.json.store.rule", table, where, rule);
        }
        String unique = SqlRefusals.uniqueColumns(msg);
        if (unique != null) {
            return I18n.t("data.json.store.unique", table, where, unique);
        }
        int open = msg.indexOf("failed: ");
        String columns = open < 0 ? "" : msg.substring(open + 8).replaceAll("\\).*$", "").replace(table + ".", "");
        if (msg.contains("NOT NULL constraint failed")) {
            return I18n.t("data.json.store.notNull", table, where, columns);
        }
        if (msg.contains("CHECK constraint failed")) {
            return I18n.t("data.json.store.check", table, where, columns.replaceAll(" IN \\(.*", ""));
        }
        return I18n.t("data.json.store.other", table, where);
    }

    /** A document that cannot be imported; the message names the line, record and field. */
    public static final class DumpException extends RapportException {
        public DumpException(String message) {
            super(message);
        }
    }
}
