package dev.rapport.ui.contacts;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The people list's view-model without a window: a real journal, work on this thread. */
class PeopleViewModelTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private PeopleViewModel model;
    private Client acme;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        Contact ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        session.contacts().save(Contact.create(acme.id(), "Bob Stone"));
        session.people().setTags(ann.id(), "golf");
        model = new PeopleViewModel(session, Background.direct());
        model.reload();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> shown() {
        return model.shown().stream().map(o -> o.person().contact().name()).toList();
    }

    @Test
    void readsEveryoneAndFiltersLikeTheClientList() {
        assertThat(shown()).containsExactly("Ann Lee", "Bob Stone");
        assertThat(model.countProperty().get()).isEqualTo("2 people");
        assertThat(model.filters().tags()).containsExactly("golf");

        model.filters().tagProperty().set("golf");
        assertThat(shown()).containsExactly("Ann Lee");
        assertThat(model.countProperty().get()).isEqualTo("1 of 2 people");
        model.filters().clear();
        model.filters().rhythmProperty().set(RhythmState.NEVER);
        assertThat(shown()).containsExactly("Ann Lee", "Bob Stone");
        model.filters().textProperty().set("bob");
        assertThat(shown()).containsExactly("Bob Stone");
    }

    @Test
    void rolesNameTheClient() {
        assertThat(model.roles(model.shown().get(0))).contains("Acme");
        assertThat(model.clientName(acme.id())).isEqualTo("Acme");
    }

    @Test
    void theListFollowsAPersonAddedThroughAnyDoor() {
        model.follower().start();
        session.contacts().save(Contact.create(acme.id(), "Cy Dunn"));
        assertThat(shown()).containsExactly("Ann Lee", "Bob Stone", "Cy Dunn");
        assertThat(model.countProperty().get()).isEqualTo("3 people");

        session.people().setTags(model.shown().get(2).id(), "newsletter");
        assertThat(model.filters().tags()).containsExactly("golf", "newsletter");
        model.follower().stop();
    }

    @Test
    void aSavedViewIsKeptInTheJournal() {
        model.filters().tagProperty().set("golf");
        model.filters().saveView("Golfers", v -> { }, t -> { throw new AssertionError(t); });
        assertThat(session.people().views()).extracting(v -> v.filter().tag()).containsExactly("golf");
    }
}
