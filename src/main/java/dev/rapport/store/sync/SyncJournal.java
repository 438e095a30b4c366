package dev.rapport.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.LongSupplier;

import dev.rapport.store.Journal;
import dev.rapport.store.SchemaObjects;

/**
 * A journal taking part in a sync: from now on every committed write, whichever door made it,
 * leaves its field changes in the outbox, and changes from other devices are merged in without
 * being published again. The first time a journal takes part, all its rows are published.
 */
public final class SyncJournal {
    private static final String DEVICE = "device";
    private static final String PUBLISHED = "published";
    private static final String TRIGGERS = "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' AND name NOT LIKE '%fts%'"
            + " ORDER BY rowid";

    private final Journal journal;
    private final SyncSchema schema;
    private final SyncCapture capture;
    private final Hlc clock;
    private final String device;

    private SyncJournal(Journal journal, SyncSchema schema, SyncCapture capture, Hlc clock, String device) {
        this.journal = journal;
        this.schema = schema;
        this.capture = capture;
        this.clock = clock;
        this.device = device;
    }

    /** Starts capturing the journal's writes; {@code wallMillis} is this machine's clock. */
    public static SyncJournal attach(Journal journal, LongSupplier wallMillis) {
        return journal.write(c -> {
            SyncSchema schema = SyncSchema.read(c);
            String device = state(c, DEVICE);
            if (device == null) {
                device = UUID.randomUUID().toString();
                setState(c, DEVICE, device);
            }
            Hlc clock = new Hlc(wallMillis, SyncLog.lastStamp(c));
            SyncCapture capture = SyncCapture.install(c, schema, clock, device);
            if (state(c, PUBLISHED) == null) {
                capture.publishAll(c);
                setState(c, PUBLISHED, "1");
            }
            SyncJournal sync = new SyncJournal(journal, schema, capture, clock, device);
            journal.beforeEachCommit(conn -> {
                capture.beforeCommit(conn);
                return null;
            });
            return sync;
        });
    }

    /** Whether the journal has ever taken part in a sync (it has a device id): then every write must be captured. */
    public static boolean takenPart(Journal journal) {
        return journal.read(c -> state(c, DEVICE) != null);
    }

    /** Stops capturing (the journal stays as it is). */
    public void detach() {
        journal.beforeEachCommit(null);
    }

    /** This device's id: random, given once, kept in the journal. */
    public String device() {
        return device;
    }

    /** This device's changes numbered after {@code afterSeq}, in order. */
    public List<FieldChange> outgoing(long afterSeq) {
        return journal.read(c -> SyncLog.outbox(c, afterSeq));
    }

    /** The number of this device's latest change (0 when it has made none). */
    public long lastSeq() {
        return journal.read(SyncLog::lastSeq);
    }

    /**
     * Merges changes from other devices, in any order, any number of times: each field keeps the
     * last writer's value, the others go into history. All of them are stored, or none.
     */
    public void apply(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        changes.forEach(ch -> clock.receive(ch.hlc()));
        capture.suspend(true);
        try {
            journal.write(c -> {
                List<String> triggers;
                try (Statement s = c.createStatement()) {
                    // the rows are as the writing device's triggers left them; these firing again would change them
                    triggers = SchemaObjects.drop(s, TRIGGERS, "TRIGGER");
                }
                new SyncApply(c, schema, new SyncLog(c, schema)).apply(changes);
                try (Statement s = c.createStatement()) {
                    for (String sql : triggers) {
                        s.execute(sql);
                    }
                }
                return null;
            });
        } finally {
            capture.suspend(false);
        }
    }

    /** The values that lost a merge for one row, latest first. */
    public List<FieldChange> history(String table, String rowKey) {
        return journal.read(c -> SyncHistory.of(c, table, rowKey));
    }

    /** The synced rows as devices compare them: by table, then row key, the fields' values (references as global ids). */
    public java.util.Map<String, java.util.Map<String, List<Object>>> rowsByKey() {
        return journal.read(c -> SyncRows.byKey(c, schema));
    }

    /** Whether a value written on some device is still held here: as its field's value, or in history. */
    public boolean holds(FieldChange change) {
        return journal.read(c -> SyncRows.holds(c, change));
    }

    private static String state(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void setState(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)")) {
            s.setString(1, key);
            s.setString(2, value);
            s.executeUpdate();
        }
    }
}
