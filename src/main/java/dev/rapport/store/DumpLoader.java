package dev.rapport.store;

import dev.rapport.i18n.I18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Stores a read dump document: the bulk load in one transaction, with the search and plain
 * indexes suspended and rebuilt once, and SQLite's refusals in the user's words.
 */
final class DumpLoader {
    private final Journal journal;

    DumpLoader(Journal journal) {
        this.journal = journal;
    }

    /**
     * Stores a read document in one transaction. With {@code replace}, the journal's own rows go
     * first; the built-in checklist and the settings are always replaced by the document's.
     * The search indexes and the plain indexes are built once at the end rather than row by row,
     * inside the same transaction: a failure anywhere leaves the journal, its indexes and its
     * triggers exactly as they were.
     */
    void load(JournalDump.Document doc, boolean replace, LongConsumer progress) {
        journal.write(c -> {
            List<String> order = new ArrayList<>(JournalDump.TABLES.keySet());
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
                        throw new JournalDump.DumpException(rs.getString(1) + " record with row id " + rs.getLong(2)
                                + ": refers to a missing " + rs.getString(3) + ".");
                    }
                }
            }
            progress.accept(done);
            return null;
        });
    }

    private long insertAll(Connection c, JournalDump.Document doc, LongConsumer progress) throws SQLException {
        if (doc.source() != null) {
            return stream(c, doc, progress);
        }
        long done = 0;
        for (String table : JournalDump.TABLES.keySet()) {
            JournalDump.Table t = doc.tables().get(table);
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
    private long stream(Connection c, JournalDump.Document doc, LongConsumer progress) throws SQLException {
        List<String> canonical = new ArrayList<>(JournalDump.TABLES.keySet());
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
            DumpParser.parse(in, DumpSchema.columns(c), true, inserter);
        } catch (IOException e) {
            throw new JournalDump.DumpException(FileProblems.cannotRead(doc.source(), e));
        } finally {
            inserter.close();
        }
        return inserter.done;
    }

    /** Inserts rows as the parser hands them over, a table at a time. */
    private static final class Inserter implements DumpParser.RowSink {
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

    private static long insert(Connection c, JournalDump.Table t, long done, LongConsumer progress) throws SQLException {
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
                if (v == DumpParser.Missing.VALUE) {
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
                throw new JournalDump.DumpException(reason(table, record, e));
            }
        }

        private PreparedStatement statementFor(Object[] row) throws SQLException {
            long present = 0;
            for (int i = 0; i < row.length; i++) {
                if (row[i] != DumpParser.Missing.VALUE) {
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
}
