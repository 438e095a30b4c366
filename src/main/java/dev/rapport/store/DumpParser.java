package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.store.DumpSchema.Column;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the dump's JSON document (Jackson streaming) against the journal's columns: its format,
 * version and schema, then every table's records, each checked for its fields' types and presence.
 * A problem is a {@link JournalDump.DumpException} naming the line, table, record and field.
 */
final class DumpParser {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private DumpParser() {
    }

    /** Hears each row of a document: its table, the table's columns, the values in their order. */
    interface RowSink {
        void row(String table, List<String> columns, Object[] row) throws SQLException;

        /** The parser the rows come from, before the first row (for the line a refusal names). */
        default void parsing(JsonParser parser) {
        }
    }

    /**
     * Parses and checks a document, handing every row to {@code sink} (with its texts when
     * {@code texts}, otherwise with {@code null} in their place); returns the document's schema.
     */
    static int parse(InputStream in, Map<String, Map<String, Column>> schema, boolean texts, RowSink sink) {
        try (JsonParser p = JSON.createParser(in)) {
            sink.parsing(p);
            try {
                return parseDocument(p, schema, texts, sink);
            } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
                // Jackson's limit names no line: the parser still knows where it stopped
                throw new JournalDump.DumpException(I18n.t("imports.reason.tooLarge", String.valueOf(p.currentLocation().getLineNr())));
            }
        } catch (JsonParseException e) {
            throw new JournalDump.DumpException(I18n.t("data.json.notJson", String.valueOf(e.getLocation().getLineNr()),
                    String.valueOf(e.getLocation().getColumnNr())));
        } catch (IOException e) {
            throw new JournalDump.DumpException(I18n.t("imports.unreadable", Unreadable.reason(e)));
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(DumpParser.class.getName()).log(java.util.logging.Level.WARNING, "Storing imported rows failed", e);
            throw new JournalDump.DumpException(I18n.t("data.json.storeFailed"));
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
        if (!JournalDump.FORMAT.equals(format)) {
            throw new JournalDump.DumpException(I18n.t("data.json.notRapport", JournalDump.FORMAT));
        }
        if (version == null || version < 1 || version > JournalDump.VERSION) {
            throw new JournalDump.DumpException(I18n.t("data.json.version", String.valueOf(version), String.valueOf(JournalDump.VERSION)));
        }
        if (docSchema < 1 || docSchema > Migrations.latestVersion()) {
            throw new JournalDump.DumpException(I18n.t("data.json.schema", String.valueOf(docSchema), String.valueOf(Migrations.latestVersion())));
        }
        if (!tables) {
            throw new JournalDump.DumpException(I18n.t("data.json.noTables"));
        }
        if (p.nextToken() != null) {
            throw new JournalDump.DumpException(I18n.t("data.json.afterEnd", String.valueOf(p.currentLocation().getLineNr())));
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
                throw new JournalDump.DumpException(I18n.t("data.json.unknownTable", String.valueOf(p.currentLocation().getLineNr()), name));
            }
            if (!tables.add(name)) {
                throw new JournalDump.DumpException(I18n.t("data.json.tableTwice", String.valueOf(p.currentLocation().getLineNr()), name));
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
                        throw new JournalDump.DumpException(where(p, name, record, field, "data.json.why.noSuchField"));
                    }
                    next = index + 1;
                    JsonToken v = p.nextToken();
                    Column col = types[index];
                    seen[index] = true;
                    if (v == JsonToken.VALUE_NULL) {
                        if (col.notNull()) {
                            throw new JournalDump.DumpException(where(p, name, record, field, "data.json.why.null"));
                        }
                        row[index] = null;
                    } else if (col.integer()) {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            throw new JournalDump.DumpException(where(p, name, record, field, "data.json.why.wholeNumber"));
                        }
                        row[index] = p.getLongValue();
                    } else {
                        if (v != JsonToken.VALUE_STRING) {
                            throw new JournalDump.DumpException(where(p, name, record, field, "data.json.why.text"));
                        }
                        row[index] = texts ? p.getText() : null;
                    }
                }
                if (empty) {
                    throw new JournalDump.DumpException(I18n.t("data.json.emptyRecord", String.valueOf(p.currentLocation().getLineNr()),
                            name, String.valueOf(record)));
                }
                for (int i = 0; i < seen.length; i++) {
                    Column col = types[i];
                    if (!seen[i] && col.notNull() && !col.hasDefault()) {
                        throw new JournalDump.DumpException(where(p, name, record, columns.get(i), "data.json.why.missing"));
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
    enum Missing { VALUE }

    /** {@code whatKey} names the part (the document, "tables", a table); {@code table} is the table's name, if any. */
    private static void expect(JsonParser p, JsonToken got, JsonToken wanted, String whatKey, String table) {
        if (got != wanted) {
            String line = String.valueOf(p.currentLocation().getLineNr());
            String expected = describe(wanted);
            throw new JournalDump.DumpException(table.isEmpty() ? I18n.t(whatKey, line, expected) : I18n.t(whatKey, line, table, expected));
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
}
