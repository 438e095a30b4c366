package dev.rapport.ui.search;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.SearchHit;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.search.SearchBox.Row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box's rows without a window: a real journal, work on this thread. */
class SearchViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private SearchViewModel model;
    private final List<List<Row>> shown = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private int blanks;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Acme Logistics"));
        model = new SearchViewModel(session, Background.direct(), t -> failures.add(t.getMessage()));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aClientFoundComesUnderItsGroupHeading() {
        model.search("acme", shown::add, () -> blanks++);
        assertThat(failures).isEmpty();
        List<Row> rows = shown.get(0);
        assertThat(rows.get(0).heading()).isEqualTo(I18n.t("search.group.clients"));
        assertThat(rows.get(1).hit().kind()).isEqualTo(SearchHit.Kind.CLIENT);
        assertThat(rows.get(1).hit().title()).isEqualTo("Acme Logistics");
    }

    @Test
    void nothingFoundSaysSoAndABlankQueryDoesNotSearch() {
        model.search("zebra", shown::add, () -> blanks++);
        assertThat(shown.get(0)).singleElement().satisfies(r -> assertThat(r.heading()).isEqualTo(I18n.t("search.nothing", "zebra")));
        model.search("   ", shown::add, () -> blanks++);
        assertThat(blanks).isEqualTo(1);
        assertThat(shown).hasSize(1);
    }
}
