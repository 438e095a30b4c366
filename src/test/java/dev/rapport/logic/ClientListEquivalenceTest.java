package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.NameOrder;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.tools.demo.SyntheticJournal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client list (one query, names sorted by kept collation keys) shows for every client what
 * the plain reads show one client at a time: its people, entries, open promises and problems,
 * and the rows in the language's alphabetical order by the plain comparator.
 */
class ClientListEquivalenceTest {
    private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final Clock CLOCK = Clock.fixed(WRITTEN.toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    static Path dir;

    private static Path file;

    @BeforeAll
    static void write() {
        file = dir.resolve("j.rapport");
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            SyntheticJournal.fill(s, SyntheticJournal.Scale.of(3), WRITTEN, 11);
            // names that sort differently by language, and one archived client
            s.clients().save(Client.create("Șerban Holding"));
            s.clients().save(Client.create("Ґрунт"));
            s.clients().save(Client.create("Yllis"));
            s.clients().save(Client.create("Ignas"));
            Client gone = s.clients().save(Client.create("Archived Ltd"));
            s.clients().archive(gone.id(), true);
        }
    }

    @AfterEach
    void english() {
        I18n.use(Language.ENGLISH);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theListEqualsThePlainReadsOfEachClient(Language language) {
        I18n.use(language);
        try (JournalSession s = JournalSession.open(file, CLOCK)) {
            List<ClientOverview> list = s.clients().overviews(false);
            List<Client> shown = s.clients().all().stream().filter(c -> !c.archived()).toList();
            assertThat(list).hasSize(shown.size()).hasSizeGreaterThan(30);
            for (ClientOverview o : list) {
                long id = o.client().id();
                assertThat(o).isEqualTo(s.clients().overview(id).orElseThrow());
                assertThat(o.contactCount()).isEqualTo(s.contacts().forClient(id).size());
                assertThat(o.interactionCount()).isEqualTo(s.interactions().count(new JournalFilter(id, null, null, null, null)));
                assertThat(o.openPromises()).isEqualTo((int) s.ledger().promises(id).stream()
                        .filter(p -> p.outcome() == PromiseOutcome.OPEN).count());
                assertThat(o.openProblems()).isEqualTo((int) s.ledger().problems(id).stream()
                        .filter(p -> !p.status().isClosed()).count());
            }
            List<ClientOverview> plain = new ArrayList<>(list);
            plain.sort(Comparator.comparing((ClientOverview o) -> o.client().name(), NameOrder.current())
                    .thenComparingLong(o -> o.client().id()));
            assertThat(list).containsExactlyElementsOf(plain);
            assertThat(list.stream().mapToInt(ClientOverview::openPromises).sum()).isPositive();
        }
    }
}
