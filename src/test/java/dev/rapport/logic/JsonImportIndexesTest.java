package dev.rapport.logic;

import dev.rapport.export.JsonPlan;
import dev.rapport.i18n.I18n;
import dev.rapport.export.DataExchange;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.model.RapportException;
import dev.rapport.model.SearchResults;
import dev.rapport.tools.demo.DemoJournal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole-journal import builds the search indexes and the plain indexes once, after the rows,
 * with their triggers set aside meanwhile. The journal it gives must search exactly like one
 * written row by row, and a failure at any point must leave the journal, its indexes and its
 * triggers as they were.
 */
class JsonImportIndexesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private JournalSession demo(String name) {
        JournalSession s = JournalSession.open(dir.resolve(name), CLOCK);
        DemoJournal.fill(s);
        return s;
    }

    private Path exportOf(JournalSession s) throws Exception {
        Path file = dir.resolve("export-" + System.nanoTime() + ".json");
        Files.write(file, export(s));
        return file;
    }

    private static byte[] export(JournalSession s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DataExchange(s.data()).exportJson(out, n -> { });
        return out.toByteArray();
    }

    @Test
    void anImportedJournalSearchesExactlyLikeTheJournalWrittenRowByRow() throws Exception {
        try (JournalSession source = demo("source.rapport");
             JournalSession imported = JournalSession.open(dir.resolve("imported.rapport"), CLOCK)) {
            Path file = exportOf(source);
            new DataExchange(imported.data()).apply(new DataExchange(imported.data()).readJson(file), false, false, n -> { });

            List<String> queries = queries(source);
            assertThat(queries).hasSizeGreaterThan(30);
            for (String q : queries) {
                assertThat(everything(imported, q)).as(q).isEqualTo(everything(source, q));
            }
            assertThat(indexRows(imported)).isEqualTo(indexRows(source));
            assertIndexesSound(imported);
        }
    }

    @Test
    void anImportedJournalHasTheSchemaOfANewOneWithEveryTriggerAndIndex() throws Exception {
        try (JournalSession source = demo("source.rapport");
             JournalSession fresh = JournalSession.open(dir.resolve("fresh.rapport"), CLOCK);
             JournalSession imported = JournalSession.open(dir.resolve("imported.rapport"), CLOCK)) {
            new DataExchange(imported.data()).apply(new DataExchange(imported.data()).readJson(exportOf(source)), false, false, n -> { });
            assertThat(schema(imported)).isEqualTo(schema(fresh));
        }
    }

    @Test
    void replacingAJournalLeavesNoneOfItsOldTextFoundAndAllOfTheNewText() throws Exception {
        try (JournalSession source = demo("source.rapport");
             JournalSession other = JournalSession.open(dir.resolve("other.rapport"), CLOCK)) {
            Client mine = other.clients().save(Client.create("Quixotic Holdings"));
            other.interactions().save(entry(mine.id(), "Zanzibarian roadmap"));
            Path file = exportOf(source);
            new DataExchange(other.data()).apply(new DataExchange(other.data()).readJson(file), true, true, n -> { });

            assertThat(other.search().search("zanzibarian").isEmpty()).isTrue();
            assertThat(other.search().search("quixotic").isEmpty()).isTrue();
            for (String q : queries(source)) {
                assertThat(everything(other, q)).as(q).isEqualTo(everything(source, q));
            }
            assertThat(indexRows(other)).isEqualTo(indexRows(source));
            assertIndexesSound(other);
        }
    }

    @Test
    void afterAnImportTheIndexesFollowEveryChangeAgain() throws Exception {
        try (JournalSession source = demo("source.rapport");
             JournalSession imported = JournalSession.open(dir.resolve("imported.rapport"), CLOCK)) {
            new DataExchange(imported.data()).apply(new DataExchange(imported.data()).readJson(exportOf(source)), false, false, n -> { });
            // the repositories read generated keys again
            Client added = imported.clients().save(Client.create("Quixotic Holdings"));
            assertThat(added.id()).isPositive();
            Interaction written = imported.interactions().save(entry(added.id(), "Zanzibarian roadmap"));
            assertThat(written.id()).isPositive();

            assertThat(imported.search().search("quixotic").clients()).hasSize(1);
            assertThat(imported.search().search("zanzib").entries()).extracting(h -> h.id()).containsExactly(written.id());
            imported.interactions().delete(written.id());
            assertThat(imported.search().search("zanzib").entries()).isEmpty();
            assertIndexesSound(imported);
        }
    }

    @Test
    void aRecordRefusedLateInTheLoadLeavesTheJournalItsIndexesAndItsSearchAsTheyWere() throws Exception {
        try (JournalSession source = demo("source.rapport");
             JournalSession target = demo("target.rapport")) {
            Client mine = target.clients().save(Client.create("Quixotic Holdings"));
            target.interactions().save(entry(mine.id(), "Zanzibarian roadmap"));
            String json = new String(export(source), StandardCharsets.UTF_8);
            // the last review answer breaks a CHECK: found only once every other table is in
            int at = json.lastIndexOf("\"rating\":\"");
            Path bad = dir.resolve("bad.json");
            Files.writeString(bad, json.substring(0, at) + "\"rating\":\"SUPERB" + json.substring(json.indexOf('"', at + 10)));

            assertUnchangedByFailedImport(target, bad, "review_answer record");
        }
    }

    @Test
    void aFileCutShortBetweenTheCheckAndTheLoadLeavesEverythingAsItWas() throws Exception {
        try (JournalSession source = demo("source.rapport");
             JournalSession target = demo("target.rapport")) {
            Client mine = target.clients().save(Client.create("Quixotic Holdings"));
            target.interactions().save(entry(mine.id(), "Zanzibarian roadmap"));
            Path file = exportOf(source);
            byte[] whole = Files.readAllBytes(file);
            JsonPlan plan = new DataExchange(target.data()).readJson(file);
            // the file changes under the plan: its rows stop in the middle of the entries
            String json = new String(whole, StandardCharsets.UTF_8);
            Files.writeString(file, json.substring(0, json.indexOf("\"promise\":[")));

            String notJson = I18n.t("data.json.notJson", "\u0000", "\u0000");
            assertUnchangedByFailedImport(target, plan, notJson.substring(notJson.lastIndexOf('\u0000') + 1));
        }
    }

    private void assertUnchangedByFailedImport(JournalSession target, Path file, String message) {
        assertUnchangedByFailedImport(target, new DataExchange(target.data()).readJson(file), message);
    }

    private void assertUnchangedByFailedImport(JournalSession target, JsonPlan plan, String message) {
        List<String> queries = new ArrayList<>(queries(target));
        queries.addAll(List.of("zanzibarian", "zan", "quixotic", "qu"));
        byte[] before = export(target);
        Map<String, SearchResults> searchBefore = new TreeMap<>();
        queries.forEach(q -> searchBefore.put(q, everything(target, q)));
        List<List<String>> indexesBefore = indexRows(target);
        List<String> schemaBefore = schema(target);

        assertThatThrownBy(() -> new DataExchange(target.data()).apply(plan, true, true, n -> { }))
                .isInstanceOf(RapportException.class).hasMessageContaining(message);

        assertThat(export(target)).isEqualTo(before);
        assertThat(schema(target)).isEqualTo(schemaBefore);
        assertThat(indexRows(target)).isEqualTo(indexesBefore);
        queries.forEach(q -> assertThat(everything(target, q)).as(q).isEqualTo(searchBefore.get(q)));
        assertIndexesSound(target);
        // the triggers are back: a new entry is found, and its id was read back
        Interaction later = target.interactions().save(entry(target.clients().byName("Quixotic Holdings").id(), "Xylophonic kickoff"));
        assertThat(later.id()).isPositive();
        assertThat(target.search().search("xylophonic").entries()).extracting(h -> h.id()).containsExactly(later.id());
    }

    private static Interaction entry(long clientId, String title) {
        return new Interaction(0, clientId, LocalDateTime.of(2026, 11, 1, 9, 0), Channel.CALL, title, "", "", List.of(), null, List.of());
    }

    /** Every hit of a query: the first page and every further page of entries. */
    private static SearchResults everything(JournalSession s, String q) {
        SearchResults first = s.search().search(q);
        List<dev.rapport.model.SearchHit> entries = new ArrayList<>(first.entries());
        for (SearchResults page = first; page.moreEntries(); ) {
            page = s.search().moreEntries(page);
            entries.addAll(page.entries());
        }
        return new SearchResults(q, first.clients(), first.contacts(), first.ledger(), entries, false, 0);
    }

    /**
     * Words of the journal's text, the most common and the rarest, and their two- and
     * three-letter prefixes (which the indexes keep separately).
     */
    private static List<String> queries(JournalSession s) {
        Map<String, Integer> counts = new TreeMap<>();
        for (List<String> row : rows(s, "SELECT title || ' ' || summary || ' ' || private_notes || ' ' || tags FROM interaction "
                + "UNION ALL SELECT name || ' ' || notes FROM client UNION ALL SELECT name || ' ' || role || ' ' || email FROM contact "
                + "UNION ALL SELECT what FROM promise UNION ALL SELECT description FROM problem UNION ALL SELECT subject FROM request "
                + "UNION ALL SELECT question FROM request_question")) {
            for (String word : row.get(0).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 4) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        List<String> byCount = new ArrayList<>(counts.keySet());
        byCount.sort(Comparator.comparing(counts::get));
        List<String> words = new ArrayList<>(byCount.subList(0, Math.min(15, byCount.size())));
        words.addAll(byCount.subList(Math.max(0, byCount.size() - 15), byCount.size()));
        List<String> queries = new ArrayList<>(words);
        for (String w : words) {
            queries.add(w.substring(0, 2));
            queries.add(w.substring(0, 3));
        }
        queries.add(words.get(0) + " " + words.get(words.size() - 1));
        return queries;
    }

    /** What the three indexes hold, row by row: the journal's by its rowids, the others with their text. */
    private static List<List<String>> indexRows(JournalSession s) {
        List<List<String>> all = new ArrayList<>();
        all.addAll(rows(s, "SELECT rowid FROM interaction_fts ORDER BY rowid"));
        all.addAll(rows(s, "SELECT rowid, name, details FROM party_fts ORDER BY rowid"));
        all.addAll(rows(s, "SELECT rowid, text FROM ledger_fts ORDER BY rowid"));
        return all;
    }

    /** Every index agrees with what it indexes (the journal's with the interaction table). */
    private static void assertIndexesSound(JournalSession s) {
        s.journal().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO interaction_fts (interaction_fts, rank) VALUES ('integrity-check', 1)");
                st.execute("INSERT INTO party_fts (party_fts) VALUES ('integrity-check')");
                st.execute("INSERT INTO ledger_fts (ledger_fts) VALUES ('integrity-check')");
            }
            return null;
        });
        assertThat(s.quickCheck()).isEqualTo("ok");
    }

    private static List<String> schema(JournalSession s) {
        return rows(s, "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name")
                .stream().map(r -> r.get(0)).toList();
    }

    private static List<List<String>> rows(JournalSession s, String sql) {
        return s.journal().read(c -> {
            List<List<String>> out = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>(n);
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
            return out;
        });
    }
}
