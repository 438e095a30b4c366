package dev.rapport.ui.clients;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.RapportException;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The client list's view-model without a window: a real journal, work on this thread. */
class ClientsViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private ClientsViewModel model;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme"));
        session.clients().save(Client.create("Beta"));
        Client gone = session.clients().save(Client.create("Gone"));
        session.clients().archive(gone.id(), true);
        session.clientList().setTags(acme.id(), "retainer");
        model = new ClientsViewModel(session, Background.direct());
        model.reload();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> shown() {
        return model.shown().stream().map(o -> o.client().name()).sorted().toList();
    }

    @Test
    void readsTheClientsAndCountsWhatTheFilterShows() {
        assertThat(shown()).containsExactly("Acme", "Beta");
        assertThat(model.countProperty().get()).isEqualTo("2 clients");
        assertThat(model.filters().tags()).containsExactly("retainer");

        model.filters().textProperty().set("ac");
        assertThat(shown()).containsExactly("Acme");
        assertThat(model.countProperty().get()).isEqualTo("1 of 2 clients");

        model.filters().clear();
        model.filters().tagProperty().set("retainer");
        assertThat(shown()).containsExactly("Acme");
        model.filters().tagProperty().set(null);
        model.filters().statusProperty().set(ClientStatus.PAUSED);
        assertThat(shown()).isEmpty();
    }

    @Test
    void archivedClientsAreReadOnRequest() {
        model.showArchivedProperty().set(true);
        assertThat(shown()).containsExactly("Acme", "Beta", "Gone");
        assertThat(model.journalEmptyProperty().get()).isFalse();
    }

    @Test
    void aSavedViewIsStoredAndShowsItsFilterAgain() {
        model.filters().textProperty().set("be");
        List<String> saved = new ArrayList<>();
        model.filters().saveView("Just Beta", v -> saved.add(v.name()), t -> { throw new AssertionError(t); });
        assertThat(saved).containsExactly("Just Beta");
        assertThat(session.clientList().views()).extracting(v -> v.name()).containsExactly("Just Beta");
        assertThat(model.filters().views()).hasSize(1);

        model.filters().clear();
        assertThat(shown()).hasSize(2);
        model.filters().show(model.filters().views().get(0).filter());
        assertThat(shown()).containsExactly("Beta");
    }

    @Test
    void aViewWithoutANameIsRefusedInWords() {
        List<Throwable> failed = new ArrayList<>();
        model.filters().saveView("  ", v -> { }, failed::add);
        assertThat(failed).singleElement().isInstanceOf(RapportException.class);
        assertThat(session.clientList().views()).isEmpty();
    }

    @Test
    void bulkChangesGoToTheChosenRowsOrElseToAllShown() {
        model.filters().textProperty().set("a");
        assertThat(model.chosenForBulk(List.of())).extracting(o -> o.client().name()).containsExactlyInAnyOrder("Acme", "Beta");
        ClientOverview first = model.shown().get(0);
        assertThat(model.chosenForBulk(List.of(first))).containsExactly(first);
    }

    @Test
    void followsTheChangeNoticeWhileFollowing() {
        model.follower().start();
        session.clients().save(Client.create("Delta"));
        assertThat(shown()).contains("Delta");

        model.follower().stop();
        session.clients().save(Client.create("Echo"));
        assertThat(shown()).doesNotContain("Echo");
        assertThat(session.changes().listenerCount()).isZero();
    }

    @Test
    void anEmptyJournalSaysSo() {
        JournalSession empty = JournalSession.open(dir.resolve("empty.rapport"), UiTestSupport.CLOCK);
        try {
            ClientsViewModel m = new ClientsViewModel(empty, Background.direct());
            m.reload();
            assertThat(m.journalEmptyProperty().get()).isTrue();
        } finally {
            empty.close();
        }
    }
}
