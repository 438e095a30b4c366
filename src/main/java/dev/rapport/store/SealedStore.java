package dev.rapport.store;

import dev.rapport.i18n.I18n;
import dev.rapport.model.RapportException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An open encrypted journal's file in format 2 ({@link SealedJournal}): the key, the base the
 * records belong to, and where the next record goes. A write's changed rows ({@link ChangeCapture})
 * are sealed and appended, forced to disk, <em>before</em> the in-memory transaction commits, so a
 * failed append rolls the write back and nothing is reported saved that is not on disk. A write
 * that changes the schema, or changes very many rows, and a log grown large, compact instead: the
 * whole journal sealed into a new base, written beside and renamed over the file.
 */
final class SealedStore {
    private static final Logger LOG = Logger.getLogger(SealedStore.class.getName());
    /** More changed rows than this are sealed into a new base instead of a record (an import, say). */
    static final int MOST_ROWS_IN_A_RECORD = 20_000;
    /** The records are folded into a new base once they pass this share of the base (and at least {@link #SMALLEST_LOG}). */
    private static final int LOG_SHARE = 4;
    static final long SMALLEST_LOG = 8L << 20;

    private final Path path;
    private SealedFile.Sealer sealer;
    private byte[] fileId;
    private long records;
    private long end;
    private long baseEnd;
    private ChangeCapture capture;
    private int schemaVersion;
    private boolean compactAfterCommit;
    private FileChannel channel;

    private SealedStore(Path path, SealedFile.Sealer sealer) {
        this.path = path;
        this.sealer = sealer;
    }

    /** What opening a format-2 file loaded into the connection. */
    record Loaded(SealedFile.Sealer sealer, SealedJournal.Header header, SealedJournal.Records records) {
    }

    /**
     * Decrypts the base into the connection and replays the records after it. A record cut off
     * by a crash is left out and, when {@code repair}, cut off the file.
     */
    static Loaded load(Connection c, Path path, char[] passphrase, SealedFile.Sealer known, boolean repair) throws IOException, SQLException {
        try (FileChannel ch = FileChannel.open(path, repair ? new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.READ})) {
            SealedJournal.Header h = SealedJournal.readHeader(ch, path);
            SealedFile.Sealer sealer = known != null && known.sameSalt(h.salt(), h.cost()) ? known
                    : SealedFile.Sealer.derived(passphrase, h.salt(), h.cost());
            byte[] image = SealedJournal.readBase(ch, h, sealer.key(), path);
            try {
                EncryptedJournals.load(c, image, path);
            } finally {
                java.util.Arrays.fill(image, (byte) 0);
            }
            List<byte[]> changes = new ArrayList<>();
            SealedJournal.Records found = SealedJournal.readRecords(ch, h, sealer.key(), path, (kind, change) -> changes.add(change));
            ChangeCapture.replay(c, changes);
            changes.forEach(b -> java.util.Arrays.fill(b, (byte) 0));
            if (found.tornTail() && repair) {
                ch.truncate(found.validEnd());
                ch.force(true);
            }
            return new Loaded(sealer, h, found);
        }
    }

    /** The store of a journal just loaded from a format-2 file. */
    static SealedStore opened(Path path, Connection c, Loaded loaded) throws SQLException, IOException {
        SealedStore store = new SealedStore(path, loaded.sealer());
        store.fileId = loaded.header().fileId();
        store.baseEnd = loaded.header().baseEnd();
        store.end = loaded.records().validEnd();
        store.records = loaded.records().count();
        store.start(c);
        return store;
    }

    /** A store whose file is to be written whole now (a new journal, an old format, an upgraded schema). */
    static SealedStore compacted(Path path, Connection c, SealedFile.Sealer sealer) throws SQLException, IOException {
        SealedStore store = new SealedStore(path, sealer);
        store.writeBase(c, sealer);
        store.start(c);
        return store;
    }

    private void start(Connection c) throws SQLException, IOException {
        capture = ChangeCapture.install(c);
        schemaVersion = schemaVersion(c);
        reopenChannel();
    }

    /** True when the records have grown past their share of the base: worth folding into a new base. */
    boolean logIsLarge() {
        long log = end - baseEnd;
        return log > Math.max(SMALLEST_LOG, baseEnd / LOG_SHARE);
    }

    SealedFile.Sealer sealer() {
        return sealer;
    }

    /**
     * Inside the write's transaction, after its work: seals the changed rows and appends them,
     * forced to disk. Throws (and so rolls the write back) when they could not be written.
     */
    void beforeCommit(Connection c) throws SQLException {
        if (schemaVersion(c) != schemaVersion || capture.pending(c) > MOST_ROWS_IN_A_RECORD) {
            compactAfterCommit = true;
            return;
        }
        byte[] change = capture.collect(c);
        if (change == null) {
            return;
        }
        byte[] record;
        try {
            record = SealedJournal.sealRecord(sealer.key(), fileId, records, SealedJournal.KIND_ROWS, change);
        } finally {
            java.util.Arrays.fill(change, (byte) 0);
        }
        append(record);
        capture.clear(c);
    }

    private void append(byte[] record) {
        try {
            if (channel == null) {
                throw new java.nio.channels.ClosedChannelException();
            }
            ByteBuffer b = ByteBuffer.wrap(record);
            long at = end;
            while (b.hasRemaining()) {
                at += channel.write(b, at);
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                if (channel != null) {
                    channel.truncate(end);
                }
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            LOG.log(Level.WARNING, "Appending a change to the encrypted journal failed", e);
            throw new RapportException(I18n.t("security.error.notSaved", String.valueOf(path.getFileName())), e);
        }
        end += record.length;
        records++;
    }

    /**
     * After the commit: when the write asked for it (or the records have grown large), the whole
     * journal is sealed into a new base. Should that fail, the journal goes back to what the file
     * holds and the failure is thrown: the write is not saved.
     */
    void afterCommit(Connection c) {
        if (!compactAfterCommit && !logIsLarge()) {
            return;
        }
        compactAfterCommit = false;
        compactOrGoBack(c, sealer);
    }

    /** The write was rolled back: its noted changes went with it. */
    void afterRollback() {
        compactAfterCommit = false;
    }

    /** Seals the whole journal into a new base under {@code next} (a new passphrase, or compaction). */
    void compactOrGoBack(Connection c, SealedFile.Sealer next) {
        try {
            writeBase(c, next);
            capture = ChangeCapture.install(c);
            capture.clear(c);
            schemaVersion = schemaVersion(c);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sealing the encrypted journal failed; going back to the saved version", e);
            goBack(c);
            throw new RapportException(e instanceof RapportException r ? I18n.t("security.error.nothingSaved", r.getMessage())
                    : I18n.t("security.error.notSaved", String.valueOf(path.getFileName())), e);
        }
    }

    private void writeBase(Connection c, SealedFile.Sealer next) throws IOException {
        byte[] image = EncryptedJournals.serialize(c);
        byte[][] id = new byte[1][];
        try {
            closeChannel();
            SafeFiles.write(path, out -> {
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
                id[0] = SealedJournal.writeBase(buffered, next, image);
                buffered.flush();
            });
        } finally {
            java.util.Arrays.fill(image, (byte) 0);
            if (channel == null && fileId != null) {
                reopenChannel();
            }
        }
        sealer = next;
        fileId = id[0];
        records = 0;
        baseEnd = java.nio.file.Files.size(path);
        end = baseEnd;
        reopenChannel();
    }

    /** After a failed compaction: the in-memory journal reloaded from the file, so it shows what is saved. */
    private void goBack(Connection c) {
        try {
            if (channel == null) {
                reopenChannel();
            }
            ChangeCapture.uninstall(c);
            Loaded loaded = load(c, path, null, sealer, false);
            fileId = loaded.header().fileId();
            baseEnd = loaded.header().baseEnd();
            end = loaded.records().validEnd();
            records = loaded.records().count();
            capture = ChangeCapture.install(c);
            capture.clear(c);
            schemaVersion = schemaVersion(c);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Could not reload the saved encrypted journal", e);
        }
    }

    private void reopenChannel() throws IOException {
        closeChannel();
        channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    private void closeChannel() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the journal file failed", e);
            }
            channel = null;
        }
    }

    void close() {
        closeChannel();
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA main.schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
