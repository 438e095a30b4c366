package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchHit.Kind;
import dev.rapport.model.SearchResults;
import dev.rapport.tools.demo.SyntheticJournal;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search box's first page (its three reads under one hold of the journal, columns by
 * position) shows what the plain reads show: every match of each index listed, ordered in Java
 * (entries and ledger rows newest-written first, people by bm25) and each hit built from the
 * journal's own services — the same hits, titles, details, client names and order.
 */
class SearchEquivalenceTest {
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final Clock CLOCK = Clock.fixed(WRITTEN.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void write() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            SyntheticJournal.fill(s, SyntheticJournal.Scale.of(1), WRITTEN, 5);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {SyntheticJournal.RARE_WORD, SyntheticJournal.COMMON_WORD, "me ag", "budg rev", "olena kov", "m", "zzzz"})
    void theFirstPageEqualsThePlainReads(String text) {
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            SearchResults page = s.search().search(text);
            String match = SearchService.toFtsQuery(text);

            List<Long> entryIds = matches(s, "interaction_fts", match);
            entryIds.sort(Comparator.reverseOrder());
            List<SearchHit> entries = new ArrayList<>();
            for (long id : entryIds.subList(0, Math.min(SearchService.PAGE, entryIds.size()))) {
                Interaction i = s.interactions().find(id).orElseThrow();
                entries.add(new SearchHit(Kind.ENTRY, id, i.clientId(), i.title(),
                        s.clients().get(i.clientId()).name() + " · " + i.summary(), i.occurredAt()));
            }
            assertThat(page.entries()).isEqualTo(entries);
            assertThat(page.moreEntries()).isEqualTo(entryIds.size() > SearchService.PAGE);

            List<Long> ledgerKeys = matches(s, "ledger_fts", match);
            ledgerKeys.sort(Comparator.reverseOrder());
            List<SearchHit> ledger = new ArrayList<>();
            for (long key : ledgerKeys.subList(0, Math.min(6, ledgerKeys.size()))) {
                ledger.add(ledgerHit(s, key));
            }
            assertThat(page.ledger()).isEqualTo(ledger);

            List<SearchHit> parties = new ArrayList<>(page.clients());
            parties.addAll(page.contacts());
            List<double[]> ranked = partyScores(s, match);
            ranked.sort(Comparator.comparingDouble(r -> r[1]));
            int shown = Math.min(8, ranked.size());
            assertThat(parties).hasSize(shown);
            if (shown > 0) {
                double cut = ranked.get(shown - 1)[1];
                List<SearchHit> sure = new ArrayList<>();
                List<SearchHit> tied = new ArrayList<>();
                for (double[] r : ranked) {
                    SearchHit hit = partyHit(s, (long) r[0]);
                    (r[1] < cut ? sure : r[1] == cut ? tied : new ArrayList<SearchHit>()).add(hit);
                }
                assertThat(parties).containsAll(sure);
                assertThat(sure.size() + tied.size()).isGreaterThanOrEqualTo(shown);
                assertThat(parties).allMatch(h -> sure.contains(h) || tied.contains(h));
            }
        }
    }

    private static List<Long> matches(JournalSession s, String index, String match) {
        return s.journal().read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM " + index + " WHERE " + index + " MATCH ?")) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private static List<double[]> partyScores(JournalSession s, String match) {
        return s.journal().read(c -> {
            List<double[]> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid, bm25(party_fts, 10.0, 1.0) FROM party_fts WHERE party_fts MATCH ?")) {
                ps.setString(1, match);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new double[] {rs.getLong(1), rs.getDouble(2)});
                    }
                }
            }
            return out;
        });
    }

    private static SearchHit partyHit(JournalSession s, long rowid) {
        long id = rowid / 2;
        if (rowid % 2 == 0) {
            return new SearchHit(Kind.CLIENT, id, id, s.clients().get(id).name(), I18n.t("search.kind.client"), null);
        }
        Contact p = s.contacts().person(id).orElseThrow().contact();
        String fact = !p.role().isEmpty() ? p.role() : p.email() == null ? "" : p.email();
        String client = s.clients().get(p.clientId()).name();
        return new SearchHit(Kind.CONTACT, id, p.clientId(), p.name(), fact.isBlank() ? client : fact + " · " + client, null);
    }

    /** A promise, problem or request read by itself (rowid = 3 × id + kind) with its client's name. */
    private static SearchHit ledgerHit(JournalSession s, long key) {
        long id = key / 3;
        int kind = (int) (key % 3);
        String sql = switch (kind) {
            case 0 -> "SELECT client_id, what, due FROM promise WHERE id = ?";
            case 1 -> "SELECT client_id, description, status FROM problem WHERE id = ?";
            default -> "SELECT client_id, subject, received_at FROM request WHERE id = ?";
        };
        return s.journal().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long clientId = rs.getLong(1);
                    String title = rs.getString(2);
                    String fact = switch (kind) {
                        case 0 -> rs.getString(3);
                        case 1 -> ProblemStatus.valueOf(rs.getString(3)).label();
                        default -> rs.getString(3).substring(0, 10);
                    };
                    String client = s.clients().get(clientId).name();
                    return new SearchHit(new Kind[] {Kind.PROMISE, Kind.PROBLEM, Kind.REQUEST}[kind], id, clientId,
                            title == null || title.isBlank() ? "—" : title, fact == null || fact.isBlank() ? client : fact + " · " + client, null);
                }
            }
        });
    }
}
