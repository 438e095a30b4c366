package dev.rapport.ui.journal;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal screen's view-model without a window: a real journal, work on this thread. */
class JournalViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private JournalViewModel model;
    private Client acme;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        Client beta = session.clients().save(Client.create("Beta"));
        save(acme, "Call about invoices", Channel.CALL, LocalDateTime.of(2026, 11, 2, 9, 0), "finance");
        save(acme, "Workshop", Channel.MEETING, LocalDateTime.of(2026, 11, 10, 9, 0), "design");
        save(beta, "Status mail", Channel.EMAIL, LocalDateTime.of(2026, 11, 20, 9, 0), "status");
        model = new JournalViewModel(session, Background.direct());
        model.reload();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void save(Client c, String title, Channel ch, LocalDateTime at, String tag) {
        session.interactions().save(new Interaction(0, c.id(), at, ch, title, "Summary", "", List.of(tag), null, List.of()));
    }

    private List<String> titles() {
        return model.entries().stream().map(e -> e.interaction().title()).toList();
    }

    @Test
    void listsEveryEntryNewestFirstWithTheChoices() {
        assertThat(titles()).containsExactly("Status mail", "Workshop", "Call about invoices");
        assertThat(model.countProperty().get()).isEqualTo("3 entries");
        assertThat(model.filters().clients()).extracting(Client::name).containsExactly("Acme", "Beta");
        assertThat(model.tags()).containsExactly("design", "finance", "status");
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void filtersByClientChannelTagAndDatesAndClearsAtOnce() {
        model.filters().clientProperty().set(acme);
        assertThat(titles()).containsExactly("Workshop", "Call about invoices");
        assertThat(model.filters().clientId()).isEqualTo(acme.id());
        model.channelProperty().set(Channel.CALL);
        assertThat(titles()).containsExactly("Call about invoices");
        model.filters().clear();
        model.tagProperty().set("status");
        assertThat(titles()).containsExactly("Status mail");
        model.filters().clear();
        model.filters().fromProperty().set(LocalDate.of(2026, 11, 5));
        model.filters().toProperty().set(LocalDate.of(2026, 11, 15));
        assertThat(titles()).containsExactly("Workshop");
        assertThat(model.countProperty().get()).isEqualTo("1 entry");
    }

    @Test
    void anEndBeforeTheStartIsSaidAndTheListStays() {
        model.filters().fromProperty().set(LocalDate.of(2026, 11, 15));
        model.filters().toProperty().set(LocalDate.of(2026, 11, 5));
        assertThat(model.filterErrorProperty().get()).isNotEmpty();
        assertThat(titles()).containsExactly("Status mail");
        model.filters().toProperty().set(null);
        assertThat(model.filterErrorProperty().get()).isEmpty();
    }

    @Test
    void pagesOfAHundredAndMoreBeneath() {
        session.inOneTransaction(() -> {
            for (int i = 0; i < JournalViewModel.PAGE; i++) {
                save(acme, "Note " + i, Channel.OTHER, LocalDateTime.of(2026, 10, 1, 9, 0).minusHours(i), "bulk");
            }
            return null;
        });
        model.reload();
        assertThat(model.entries()).hasSize(JournalViewModel.PAGE);
        assertThat(model.moreProperty().get()).isTrue();
        model.loadMore();
        assertThat(model.entries()).hasSize(JournalViewModel.PAGE + 3);
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void followsAnEntrySavedThroughAnyDoorWhileFollowing() {
        model.follower().start();
        save(acme, "Quick log line", Channel.CALL, LocalDateTime.of(2026, 11, 24, 9, 0), "quick");
        assertThat(titles()).first().isEqualTo("Quick log line");
        assertThat(model.tags()).contains("quick");
        model.follower().stop();
    }
}
