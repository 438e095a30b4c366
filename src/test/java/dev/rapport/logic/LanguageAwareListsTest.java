package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Client;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.SearchHit;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search finds names whatever their case in Cyrillic, Lithuanian and Romanian letters, in the
 * full-text index and in the client list's filter; lists sort by the chosen language's alphabet.
 */
class LanguageAwareListsTest {
    private static final List<String> NAMES = List.of("Клиент Север", "КЛІЄНТ ПІВДЕНЬ", "клієнт захід", "ŠARŪNAS UAB",
            "šarūnas ir partneriai", "ĄŽUOLAS GROUP", "ąžuolas baldai", "ȘTEFAN & CO", "ștefan consult");

    @TempDir
    Path dir;

    private JournalSession session;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.rapport"));
    }

    @AfterEach
    void close() {
        session.close();
        I18n.use(Language.ENGLISH);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "клиент | Клиент Север",
            "КЛИЕНТ | Клиент Север",
            "клієнт | КЛІЄНТ ПІВДЕНЬ, клієнт захід",
            "КЛІЄНТ | КЛІЄНТ ПІВДЕНЬ, клієнт захід",
            "šarūnas | ŠARŪNAS UAB, šarūnas ir partneriai",
            "ŠARŪNAS | ŠARŪNAS UAB, šarūnas ir partneriai",
            "ĄŽUOLAS | ĄŽUOLAS GROUP, ąžuolas baldai",
            "ąžuolas | ĄŽUOLAS GROUP, ąžuolas baldai",
            "ȘTEFAN | ȘTEFAN & CO, ștefan consult",
            "ștefan | ȘTEFAN & CO, ștefan consult"})
    void searchIgnoresCaseInEveryAlphabet(String query, String expected) {
        NAMES.forEach(this::client);
        List<String> want = List.of(expected.split(",\\s*"));
        assertThat(session.search().search(query).clients()).extracting(SearchHit::title).containsExactlyInAnyOrderElementsOf(want);
        List<ClientOverview> filtered = session.clientList().filter(session.clients().overviews(false),
                new ClientFilter(query, null, null, null, null, null));
        assertThat(filtered).extracting(o -> o.client().name()).containsExactlyInAnyOrderElementsOf(want);
    }

    @Test
    void clientsSortByTheChosenLanguagesAlphabet() {
        List.of("Jonas", "Yla", "Ignas", "Sorin", "Șerban", "Гліб", "Ґалина", "Богдан").forEach(this::client);
        I18n.use(Language.LITHUANIAN);
        assertThat(names()).startsWith("Ignas", "Yla", "Jonas");
        I18n.use(Language.ROMANIAN);
        assertThat(names()).containsSubsequence("Sorin", "Șerban");
        I18n.use(Language.UKRAINIAN);
        assertThat(names()).endsWith("Богдан", "Гліб", "Ґалина");
        assertThat(session.clients().all()).extracting(Client::name).endsWith("Богдан", "Гліб", "Ґалина");
        I18n.use(Language.ENGLISH);
        assertThat(names()).startsWith("Ignas", "Jonas", "Șerban", "Sorin", "Yla");
    }

    private List<String> names() {
        return session.clients().overviews(false).stream().map(o -> o.client().name()).toList();
    }

    private Client client(String name) {
        return session.clients().save(new Client(0, name, null, false, "", "", null));
    }
}
