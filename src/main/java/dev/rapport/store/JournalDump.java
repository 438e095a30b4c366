package dev.rapport.store;

import dev.rapport.model.RapportException;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The whole journal as one JSON document, every table, row by row (Jackson streaming), and back.
 * <pre>{"format": "rapport-journal", "version": 1, "schema": 3, "tables": {"client": [{...}, ...], ...}}</pre>
 * Rows are in primary-key order and columns in schema order, so the same journal always gives
 * the same document. Loading validates the whole document before it touches the journal, then
 * writes it in one transaction: all of it, or nothing. Its parts: {@link DumpSchema} (what the
 * schema has), {@link DumpWriter}, {@link DumpParser} with {@link DumpRowCheck} (the domain's
 * rules), {@link DumpLoader} (the bulk load).
 */
public final class JournalDump {
    public static final String FORMAT = "rapport-journal";
    public static final int VERSION = 1;

    /** Every table, parents before children, with its order. A test checks no table of the schema is missing. */
    public static final Map<String, String> TABLES = tables();

    /** Tables whose rows count as the journal's entries (for "this would replace N entries"). */
    public static final List<String> ENTRY_TABLES = List.of("interaction", "promise", "problem", "request", "review", "survey_answer");

    private final Journal journal;

    public JournalDump(Journal journal) {
        this.journal = journal;
    }

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("setting", "key");
        t.put("client", "id");
        t.put("contact", "id");
        t.put("contact_email", "contact_id, email");
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
        t.put("client_review", "client_id, period_from, period_to");
        t.put("client_ask", "id");
        t.put("calendar_source", "id");
        t.put("meeting", "id");
        t.put("meeting_contact", "meeting_id, contact_id");
        t.put("meeting_writeup", "meeting_id, client_id");
        t.put("mail_message", "message_key");
        t.put("mail_unmatched", "message_key");
        return Collections.unmodifiableMap(t);
    }

    /** The tables the schema has (full-text indexes and SQLite's own left out). */
    public List<String> schemaTables() {
        return journal.read(DumpSchema::tables);
    }

    /** Row counts per table. */
    public Map<String, Long> counts() {
        return journal.read(DumpSchema::counts);
    }

    /** Writes the document; {@code progress} hears the number of rows written so far, now and then. */
    public long write(OutputStream out, LongConsumer progress) {
        return journal.read(c -> DumpWriter.write(c, out, progress));
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

    /**
     * Reads and checks a whole document. A problem is a {@link DumpException} naming the table,
     * the record (1-based) and the field, with the line of the file.
     */
    public Document read(InputStream in) {
        Map<String, Table> tables = new LinkedHashMap<>();
        int schema = DumpParser.parse(in, columns(), true, new DumpRowCheck((table, columns, row) -> tables.computeIfAbsent(table,
                k -> new Table(k, columns, new ArrayList<>())).rows().add(row)));
        return new Document(schema, tables);
    }

    /**
     * Reads and checks a whole document from a file, keeping only its row counts: {@link #load}
     * streams the rows from the file again, so memory stays flat whatever the journal's size.
     */
    public Document read(Path file) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            // counting only, rows are not kept: each is checked against the domain's rules and let go
            int schema = DumpParser.parse(in, columns(), true, new DumpRowCheck((table, columns, row) -> counts.merge(table, 1L, Long::sum)));
            return new Document(schema, Map.of(), counts, file);
        } catch (IOException e) {
            throw new DumpException(FileProblems.cannotRead(file, e));
        }
    }

    private Map<String, Map<String, DumpSchema.Column>> columns() {
        return journal.read(DumpSchema::columns);
    }

    /**
     * Stores a read document in one transaction. With {@code replace}, the journal's own rows go
     * first; the built-in checklist and the settings are always replaced by the document's.
     * A failure anywhere leaves the journal, its indexes and its triggers exactly as they were.
     */
    public void load(Document doc, boolean replace, LongConsumer progress) {
        new DumpLoader(journal).load(doc, replace, progress);
    }

    /** A document that cannot be imported; the message names the line, record and field. */
    public static final class DumpException extends RapportException {
        public DumpException(String message) {
            super(message);
        }
    }
}
