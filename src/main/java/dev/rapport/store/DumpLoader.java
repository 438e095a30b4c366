package dev.rapport.store;

import dev.rapport.i18n.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
                        throw new JournalDump.DumpException(I18n.t("data.json.store.missingRefTo", rs.getString(1),
                                String.valueOf(rs.getLong(2)), rs.getString(3)));
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
        private DumpTableWriter writer;
        private long done;

        Inserter(Connection c, LongConsumer progress) {
            this.c = c;
            this.progress = progress;
        }

        @Override
        public void row(String name, List<String> columns, Object[] row) throws SQLException {
            if (writer == null || !writer.table().equals(name)) {
                close();
                writer = new DumpTableWriter(c, name, columns);
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
        try (DumpTableWriter writer = new DumpTableWriter(c, t.name(), t.columns())) {
            for (Object[] row : t.rows()) {
                writer.insert(row);
                if (++done % 10_000 == 0) {
                    progress.accept(done);
                }
            }
        }
        return done;
    }
}
