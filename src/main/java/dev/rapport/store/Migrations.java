package dev.rapport.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Numbered schema migrations over {@code PRAGMA user_version}: each file (and the Java step that
 * may follow it) runs once, in its own transaction, so a journal made by an older Rapport is
 * upgraded in place or not at all.
 */
final class Migrations {
    /** In order; the version after running the n-th (1-based) file is n. */
    private static final List<String> FILES = List.of(
            "V1__journal.sql",
            "V2__ledger.sql",
            "V3__health.sql",
            "V4__crm.sql",
            "V5__roles.sql",
            "V6__ledger_search.sql",
            "V7__speed.sql",
            "V8__meetings.sql",
            "V9__journal_id.sql",
            "V10__rules.sql",
            "V11__entry_items.sql",
            "V12__moments.sql",
            "V13__mail.sql",
            "V14__mail_people.sql",
            "V15__calendars.sql",
            "V16__write_ups.sql",
            "V17__client_review.sql",
            "V18__sync_ids.sql");

    /**
     * What runs after a file, in the same transaction, where SQL alone cannot do the work (by the
     * version the file brings the journal to).
     */
    private static final Map<Integer, Step> STEPS = Map.of(
            12, c -> MomentColumns.fillFromMachineZone(c, ZoneId.systemDefault()),
            18, SyncIds::fill);

    /** A migration's work in Java. */
    @FunctionalInterface
    private interface Step {
        void run(Connection c) throws SQLException;
    }

    private Migrations() {
    }

    /** The schema version once the named file has run (tests build the journal just before it). */
    static int versionAfter(String file) {
        int i = FILES.indexOf(file);
        if (i < 0) {
            throw new IllegalArgumentException("No migration " + file);
        }
        return i + 1;
    }

    static int latestVersion() {
        return FILES.size();
    }

    static void migrate(Connection c, int from) throws SQLException {
        migrate(c, from, latestVersion());
    }

    /** Runs the migrations after {@code from} up to and including {@code to}; tests build old journals with it. */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            apply(c, version, load(FILES.get(version - 1)));
        }
    }

    private static void apply(Connection c, int version, String sql) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : SqlScript.split(sql)) {
                s.execute(statement);
            }
            Step step = STEPS.get(version);
            if (step != null) {
                step.run(c);
            }
            s.execute("PRAGMA application_id = " + JournalFileCheck.APPLICATION_ID);
            s.execute("PRAGMA user_version = " + version);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
