package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.SearchHit;
import dev.rapport.model.SearchResults;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchServiceTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"));
        acme = session.clients().save(new Client(0, "Kyivska Pekarnia", null, false, "Bakery", "", null));
        session.contacts().save(new Contact(0, acme.id(), "Олена Коваленко", "CFO", "olena@pekarnia.ua", "", null, "", "", true));
        session.contacts().save(new Contact(0, acme.id(), "Šarūnas Žemaitis", "Director", "", "", null, "", "", false));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void caseAndAccentsAreIgnoredInEveryScript() {
        assertThat(titles(session.search().search("sarunas zem").contacts())).containsExactly("Šarūnas Žemaitis");
        assertThat(titles(session.search().search("олена").contacts())).containsExactly("Олена Коваленко");
        assertThat(titles(session.search().search("ОЛЕНА КОВ").contacts())).containsExactly("Олена Коваленко");
        assertThat(titles(session.search().search("pekar").clients())).containsExactly("Kyivska Pekarnia");
    }

    @Test
    void everyWordMustMatchAsAPrefix() {
        entry("Budget review", "We reviewed the budget.");
        entry("Budget planning", "Next year.");
        assertThat(titles(session.search().search("budg rev").entries())).containsExactly("Budget review");
        assertThat(titles(session.search().search("budg").entries())).containsExactly("Budget planning", "Budget review");
    }

    @Test
    void privateNotesAreSearchableInsideTheApp() {
        session.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 1, 1, 9, 0), Channel.CALL, "Call",
                "", "competitor approached them", List.of(), null, List.of()));
        assertThat(titles(session.search().search("competitor").entries())).containsExactly("Call");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "AND", "OR NOT", "a*b", "(budget", "NEAR(a b)", "-", "^", "col:budget", "'; DROP TABLE client; --"})
    void queryOperatorsAndPunctuationAreHarmless(String text) {
        entry("Budget review", "");
        SearchResults results = session.search().search(text);
        assertThat(results).isNotNull();
        assertThat(session.clients().count()).isEqualTo(1);
    }

    @Test
    void blankTextFindsNothing() {
        assertThat(session.search().search("   ").isEmpty()).isTrue();
        assertThat(session.search().search(null).isEmpty()).isTrue();
    }

    @Test
    void entriesComeNewestWrittenFirstAndPageWithoutRepeats() {
        for (int i = 0; i < 45; i++) {
            entry("Weekly status " + i, "status");
        }
        SearchResults first = session.search().search("status");
        assertThat(first.entries()).hasSize(SearchService.PAGE);
        assertThat(first.entries().get(0).title()).isEqualTo("Weekly status 44");
        assertThat(first.moreEntries()).isTrue();
        List<SearchHit> all = new ArrayList<>(first.entries());
        SearchResults page = first;
        while (page.moreEntries()) {
            page = session.search().moreEntries(page);
            all.addAll(page.entries());
        }
        assertThat(all).hasSize(45).doesNotHaveDuplicates();
        assertThat(all.get(44).title()).isEqualTo("Weekly status 0");
    }

    @Test
    void editsAndDeletionsReachTheIndex() {
        Interaction e = entry("Kickoff", "first meeting");
        session.interactions().save(new Interaction(e.id(), e.clientId(), e.occurredAt(), e.channel(), "Launch", e.summary(),
                "", List.of(), null, List.of()));
        assertThat(session.search().search("kickoff").entries()).isEmpty();
        assertThat(titles(session.search().search("launch").entries())).containsExactly("Launch");
        session.interactions().delete(e.id());
        assertThat(session.search().search("launch").entries()).isEmpty();
    }

    @Test
    void typedTextBecomesQuotedPrefixes() {
        assertThat(SearchService.toFtsQuery("Budg  rev")).isEqualTo("\"budg\"* \"rev\"*");
        assertThat(SearchService.toFtsQuery("\"x\" OR y")).isEqualTo("\"x\"* \"or\"* \"y\"*");
        assertThat(SearchService.toFtsQuery("!!")).isEmpty();
    }

    private Interaction entry(String title, String summary) {
        return session.interactions().save(new Interaction(0, acme.id(), LocalDateTime.of(2026, 1, 1, 9, 0), Channel.MEETING,
                title, summary, "", List.of(), null, List.of()));
    }

    private static List<String> titles(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::title).toList();
    }
}
