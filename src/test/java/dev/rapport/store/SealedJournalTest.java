package dev.rapport.store;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalOpenException;
import dev.rapport.model.JournalOpenException.Reason;
import dev.rapport.model.Mood;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The encrypted journal's format 2 (a sealed base and appended change records): a save cut off
 * at any byte opens to the state before it, any changed byte is refused, compaction and the old
 * format's upgrade keep everything, and what reopens is what was saved, row for row.
 */
class SealedJournalTest {
    private static final String PASS = "seal test passphrase";
    private static final String NOTE = "Merger talks with Northwind, strictly confidential";

    @TempDir
    Path dir;

    private Journal open(Path file) {
        return Journal.openEncrypted(file, PASS.toCharArray());
    }

    private Path journalWithContent() {
        Path file = dir.resolve("sealed.rapport");
        try (Journal journal = open(file)) {
            ops(journal);
        }
        return file;
    }

    /** The same writes, in the same order, on any journal: inserts, updates, deletes, triggers' side effects. */
    private static void ops(Journal journal) {
        ClientRepository clients = new ClientRepository(journal);
        ContactRepository contacts = new ContactRepository(journal);
        InteractionRepository entries = new InteractionRepository(journal);
        Client acme = clients.save(Client.create("Acme Holdings"));
        Client beta = clients.save(Client.create("Beta Works"));
        Contact olena = contacts.save(new Contact(0, acme.id(), "Olena Kovalenko", "CFO", "olena@acme.example", "",
                Channel.EMAIL, "", "", true));
        Contact ivan = contacts.save(new Contact(0, acme.id(), "Ivan Petrenko", "", "", "", Channel.CALL, "", "", false));
        Interaction review = entries.save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 11, 2, 10, 0), Channel.MEETING,
                "Quarterly review", "Summary for the client", NOTE, List.of("budget", "board"), Mood.POSITIVE,
                List.of(olena.id(), ivan.id())));
        entries.save(new Interaction(0, beta.id(), LocalDateTime.of(2026, 11, 3, 9, 30), Channel.CALL, "Kick-off call",
                "First call", "", List.of("start"), null, List.of()));
        entries.save(new Interaction(review.id(), acme.id(), review.moment(), Channel.MEETING, "Quarterly review, revised",
                "Summary for the client, corrected", NOTE, List.of("budget"), Mood.NEUTRAL, List.of(olena.id())));
        contacts.delete(ivan.id());
        clients.save(Client.create("Acme Holdings Group").withId(acme.id()));
        new SettingsRepository(journal).put("ui.theme", "dark");
        new SettingsRepository(journal).put("ui.theme", "light");
        clients.delete(beta.id());
    }

    @Test
    void aSaveCutOffAtAnyByteOpensToTheStateBeforeIt() throws IOException {
        Path file = journalWithContent();
        List<String> before = dumpOf(file);
        byte[] previous = Files.readAllBytes(file);
        try (Journal journal = open(file)) {
            new InteractionRepository(journal).save(new Interaction(0, new ClientRepository(journal).all().get(0).id(),
                    LocalDateTime.of(2026, 12, 1, 8, 0), Channel.CALL, "Follow-up", "Short", "", List.of("later"), null, List.of()));
        }
        byte[] next = Files.readAllBytes(file);
        List<String> after = dumpOf(file);
        assertThat(after).isNotEqualTo(before);
        for (int cut = previous.length; cut < next.length; cut++) {
            Files.write(file, Arrays.copyOf(next, cut));
            assertThat(dumpOf(file)).as("cut at byte %d of %d", cut, next.length).isEqualTo(before);
            assertThat(Files.size(file)).as("the torn record is cut off on open").isEqualTo(previous.length);
        }
        Files.write(file, next);
        assertThat(dumpOf(file)).isEqualTo(after);
    }

    @Test
    void aJournalRepairedAfterACrashTakesNewSaves() throws IOException {
        Path file = journalWithContent();
        byte[] previous = Files.readAllBytes(file);
        try (Journal journal = open(file)) {
            new SettingsRepository(journal).put("lost", "in the crash");
        }
        byte[] next = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(next, previous.length + (next.length - previous.length) / 2));
        try (Journal journal = open(file)) {
            new SettingsRepository(journal).put("after", "the crash");
        }
        try (Journal journal = open(file)) {
            SettingsRepository settings = new SettingsRepository(journal);
            assertThat(settings.get("lost")).isEmpty();
            assertThat(settings.get("after")).contains("the crash");
        }
    }

    @Test
    void everyFlippedByteOfARecordIsRefused() throws IOException {
        Path file = journalWithContent();
        byte[] previous = Files.readAllBytes(file);
        try (Journal journal = open(file)) {
            new SettingsRepository(journal).put("flip", "me");
        }
        byte[] next = Files.readAllBytes(file);
        for (int i = previous.length; i < next.length; i++) {
            byte[] doctored = next.clone();
            doctored[i] ^= 0x01;
            Files.write(file, doctored);
            int at = i;
            assertThatThrownBy(() -> open(file).close()).as("flipped byte %d of the last record", at - previous.length)
                    .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.DAMAGED));
            assertThat(Files.readAllBytes(file)).as("left unchanged").isEqualTo(doctored);
        }
    }

    @Test
    void aFlippedByteInTheBaseOrAnEarlierRecordIsRefused() throws IOException {
        Path file = journalWithContent();
        byte[] raw = Files.readAllBytes(file);
        long baseEnd = EncryptedJournalTest.baseEnd(file);
        assertThat(raw.length).as("the writes left records after the base").isGreaterThan((int) baseEnd);
        for (long i = SealedJournal.HEADER_BYTES; i < raw.length; i += 1013) {
            byte[] doctored = raw.clone();
            doctored[(int) i] ^= (byte) 0x80;
            Files.write(file, doctored);
            long at = i;
            assertThatThrownBy(() -> open(file).close()).as("flipped byte %d (base ends at %d)", at, baseEnd)
                    .isInstanceOf(JournalOpenException.class)
                    .hasMessageContaining("changed outside Rapport");
        }
    }

    @Test
    void aWrongPassphraseIsRefusedWithRecordsPresent() {
        Path file = journalWithContent();
        assertThatThrownBy(() -> Journal.openEncrypted(file, "not the passphrase".toCharArray()))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
    }

    @Test
    void whatReopensIsWhatWasSavedAndWhatAPlainJournalHolds() throws IOException {
        Path file = dir.resolve("sealed.rapport");
        List<String> inMemory;
        try (Journal journal = open(file)) {
            ops(journal);
            inMemory = dump(journal, false);
        }
        assertThat(Files.size(file)).as("saves appended records").isGreaterThan(EncryptedJournalTest.baseEnd(file));
        List<String> reopened;
        try (Journal journal = open(file)) {
            reopened = dump(journal, false);
            assertThat(fullTextChecks(journal)).as("every search index agrees with its rows").allMatch("ok"::equals);
        }
        assertThat(reopened).containsExactlyElementsOf(inMemory);
        Path plainFile = dir.resolve("plain.rapport");
        try (Journal plain = Journal.open(plainFile)) {
            ops(plain);
            try (Journal journal = open(file)) {
                assertThat(dump(journal, true)).as("the same writes on a plain journal, save for the times they were made")
                        .containsExactlyElementsOf(dump(plain, true));
            }
        }
    }

    @Test
    void aWriteThatChangesTheSchemaCompactsAndKeepsEverything() throws IOException {
        Path file = journalWithContent();
        List<String> before = dumpOf(file);
        try (Journal journal = open(file)) {
            journal.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE INDEX test_client_name ON client(name)");
                }
                return null;
            });
            new SettingsRepository(journal).put("after", "compaction");
        }
        try (Journal journal = open(file)) {
            int indexes = journal.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'test_client_name'")) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
            assertThat(indexes).isEqualTo(1);
            assertThat(new SettingsRepository(journal).get("after")).contains("compaction");
            List<String> now = dump(journal, false);
            assertThat(now).containsAll(before.stream().filter(l -> !l.startsWith("schema")).toList());
        }
    }

    /**
     * Replay keeps the triggers that write into a search index, whatever their names: a client
     * index trigger renamed without "fts" still indexes a client saved in a record, as the schema
     * (its FTS5 tables and the trigger's body) marks it, while the rule triggers stay set aside.
     */
    @Test
    void replayKeepsAnIndexTriggerByWhatItWritesNotByItsName() throws IOException {
        Path file = journalWithContent();
        try (Journal journal = open(file)) {
            journal.write(c -> {
                try (Statement s = c.createStatement()) {
                    String sql = SearchIndexes.indexTriggers(s).get("client_fts_insert");
                    assertThat(sql).as("the client index's insert trigger is an index trigger").isNotNull();
                    s.execute("DROP TRIGGER client_fts_insert");
                    s.execute(sql.replace("client_fts_insert", "client_search_insert"));
                    assertThat(SearchIndexes.indexTriggers(s)).containsKey("client_search_insert");
                    assertThat(SearchIndexes.otherTriggers(s)).containsKey("rule_client_insert").doesNotContainKey("client_search_insert");
                }
                return null;
            });
        }
        try (Journal journal = open(file)) {
            new ClientRepository(journal).save(Client.create("Zephyrine Logistics"));
        }
        try (Journal journal = open(file)) {
            int found = journal.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM party_fts WHERE party_fts MATCH 'zephyrine'")) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            });
            assertThat(found).isEqualTo(1);
            assertThat(fullTextChecks(journal)).containsOnly("ok");
        }
    }

    @Test
    void aCompactionKilledBeforeItsRenameLeavesThePreviousJournal() throws IOException {
        Path file = journalWithContent();
        List<String> before = dumpOf(file);
        byte[] raw = Files.readAllBytes(file);
        // What a compaction writes first: a new base in a temporary file beside the journal, here cut off half-way.
        Path leftover = dir.resolve(".sealed.rapport.987654321.tmp");
        Files.write(leftover, Arrays.copyOf(raw, raw.length / 2));
        assertThat(dumpOf(file)).isEqualTo(before);
        assertThat(leftover).as("removed on the next open for writing").doesNotExist();
        assertThat(Files.readAllBytes(file)).isEqualTo(raw);
    }

    @Test
    void aJournalInTheOldFormatOpensAndIsWrittenAnewInTheNewOne() throws IOException {
        Path plainFile = dir.resolve("plain.rapport");
        List<String> expected;
        try (Journal plain = Journal.open(plainFile)) {
            ops(plain);
            expected = dump(plain, false);
        }
        assertThat(Journal.isWholeInItsFile(plainFile)).isTrue();
        Path file = dir.resolve("old.rapport");
        SealedFile.Sealer sealer = SealedFile.Sealer.create(PASS.toCharArray(), Argon2Cost.forNewJournals());
        Files.write(file, sealer.seal(Files.readAllBytes(plainFile)));
        assertThat(EncryptedJournals.formatOf(file)).isEqualTo(SealedFile.VERSION);
        assertThatThrownBy(() -> Journal.openEncrypted(file, "wrong passphrase".toCharArray()))
                .isInstanceOfSatisfying(JournalOpenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSPHRASE));
        byte[] old = Files.readAllBytes(file);
        byte[] doctored = old.clone();
        doctored[doctored.length / 2] ^= 0x01;
        Files.write(file, doctored);
        assertThatThrownBy(() -> open(file)).as("a changed byte in the old format").isInstanceOf(JournalOpenException.class)
                .hasMessageContaining("changed outside Rapport");
        assertThat(Files.readAllBytes(file)).isEqualTo(doctored);
        Files.write(file, old);
        try (Journal journal = open(file)) {
            assertThat(dump(journal, false)).isEqualTo(expected);
            new SettingsRepository(journal).put("after", "upgrade");
        }
        assertThat(EncryptedJournals.formatOf(file)).isEqualTo(SealedJournal.VERSION);
        try (Journal journal = open(file)) {
            assertThat(new SettingsRepository(journal).get("after")).contains("upgrade");
            assertThat(new ClientRepository(journal).all()).extracting(Client::name).containsExactly("Acme Holdings Group");
        }
        assertNoPlaintext(file);
    }

    @Test
    void noNoteTextReachesTheDiskInTheBaseTheRecordsOrBesideThem() throws IOException {
        Path file = journalWithContent();
        try (Journal journal = open(file)) {
            new SettingsRepository(journal).put("note.copy", NOTE);
        }
        assertThat(Files.size(file)).isGreaterThan(EncryptedJournalTest.baseEnd(file));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertNoPlaintext(p);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no SQLite rollback journal or WAL beside it").noneMatch(n -> n.endsWith("-journal") || n.endsWith("-wal"));
        }
    }

    private static void assertNoPlaintext(Path file) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (String secret : List.of(NOTE, "Olena Kovalenko", "olena@acme.example", "Northwind")) {
                assertThat(indexOf(raw, secret.getBytes(charset))).as("%s in %s (%s)", secret, file.getFileName(), charset).isEqualTo(-1);
            }
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private List<String> dumpOf(Path file) {
        try (Journal journal = open(file)) {
            return dump(journal, false);
        }
    }

    /**
     * Every row of every ordinary table in key order, the schema, and what each search index
     * finds for some words. {@code timesMasked} hides the columns SQLite stamps with the time of
     * the write and the journal's random id, which two journals written apart cannot share.
     */
    static List<String> dump(Journal journal, boolean timesMasked) {
        return journal.read(c -> {
            List<String> out = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA main.table_list")) {
                while (rs.next()) {
                    if ("table".equals(rs.getString("type")) && !rs.getString("name").startsWith("sqlite_")) {
                        tables.add(rs.getString("name"));
                    }
                }
            }
            tables.sort(null);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT type, name, sql FROM main.sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")) {
                while (rs.next()) {
                    out.add("schema " + rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            for (String table : tables) {
                rows(c, table, timesMasked, out::add);
            }
            for (String word : List.of("quarterly", "review", "budget", "acme", "olena", "kick", "summary", "confidential")) {
                for (String fts : List.of("interaction_fts", "party_fts", "ledger_fts")) {
                    try (Statement s = c.createStatement();
                         ResultSet rs = s.executeQuery("SELECT group_concat(rowid) FROM (SELECT rowid FROM " + fts + " WHERE " + fts
                                 + " MATCH '" + word + "' ORDER BY rowid)")) {
                        out.add("search " + fts + " " + word + " " + (rs.next() ? rs.getString(1) : ""));
                    }
                }
            }
            return out;
        });
    }

    private static void rows(java.sql.Connection c, String table, boolean timesMasked, Consumer<String> out) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            var meta = rs.getMetaData();
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(table);
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String name = meta.getColumnName(i);
                    Object v = rs.getObject(i);
                    line.append(" | ").append(name).append('=');
                    line.append(timesMasked && (name.endsWith("_at") || name.equals("journal_id") || name.equals("gid")) ? "*"
                            : v instanceof byte[] b ? Arrays.toString(b) : String.valueOf(v));
                }
                // Each journal's own random id, made when it was created, and its rows' global ids are what two journals never share.
                if (!(timesMasked && line.toString().startsWith("setting | key=journal.uuid"))) {
                    lines.add(line.toString());
                }
            }
            lines.sort(null);
            lines.forEach(out);
        }
    }

    private static List<String> fullTextChecks(Journal journal) {
        return journal.read(c -> {
            List<String> out = new ArrayList<>();
            for (String fts : List.of("interaction_fts", "party_fts", "ledger_fts")) {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO " + fts + " (" + fts + ") VALUES ('integrity-check')");
                    out.add("ok");
                } catch (SQLException e) {
                    out.add(fts + ": " + e.getMessage());
                }
            }
            return out;
        });
    }
}
