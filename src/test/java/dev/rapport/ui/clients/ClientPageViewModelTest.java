package dev.rapport.ui.clients;

import dev.rapport.logic.ClientSnapshot;
import dev.rapport.logic.ClientTimeline;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.Person;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.RaisedBy;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A client page's view-model (and its People tab's) without a window: a real journal, work on this thread. */
class ClientPageViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private Client acme;
    private ClientPageViewModel model;

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        session.ledger().save(Promise.create(acme.id(), "Send the draft", TODAY.minusDays(30), TODAY.minusDays(3)));
        session.ledger().save(Promise.create(acme.id(), "Call back", TODAY.minusDays(2), TODAY.plusDays(9)));
        model = new ClientPageViewModel(session, Background.direct(), acme.id());
        model.reload();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private void entry(String title, LocalDateTime at) {
        session.interactions().save(new Interaction(0, acme.id(), at, Channel.CALL, title, "", "", List.of(), null, List.of()));
    }

    @Test
    void readsTheHeaderTheTimelineTheLedgerAndThePeopleInOneGo() {
        assertThat(model.client().name()).isEqualTo("Acme");
        assertThat(model.overviewProperty().get().contactCount()).isEqualTo(1);
        assertThat(model.timeline()).hasSize(2).allMatch(i -> i instanceof ClientTimeline.PromiseMade);
        assertThat(model.promises()).extracting(Promise::what).containsExactly("Send the draft", "Call back");
        assertThat(model.people().people()).extracting(p -> p.contact().name()).containsExactly("Ann Lee");
        assertThat(model.zone()).isEqualTo(session.ledger().workingHours().zone());
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void entriesComeAPageAtATime() {
        session.inOneTransaction(() -> {
            for (int i = 0; i < ClientPageViewModel.PAGE + 5; i++) {
                entry("Call " + i, LocalDateTime.of(2026, 11, 20, 9, 0).minusHours(i));
            }
            return null;
        });
        model.reload();
        assertThat(model.moreProperty().get()).isTrue();
        long shown = model.timeline().stream().filter(i -> i instanceof ClientTimeline.Entry).count();
        assertThat(shown).isEqualTo(ClientPageViewModel.PAGE);
        model.loadMore();
        assertThat(model.timeline().stream().filter(i -> i instanceof ClientTimeline.Entry).count())
                .isEqualTo(ClientPageViewModel.PAGE + 5);
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void followsAProblemRaisedThroughAnotherDoor() {
        model.follower().start();
        session.ledger().save(Problem.create(acme.id(), RaisedBy.CLIENT, TODAY, "Invoice sent twice"));
        assertThat(model.problems()).extracting(Problem::description).containsExactly("Invoice sent twice");
        assertThat(model.timeline()).first().isInstanceOf(ClientTimeline.ProblemRaised.class);
        model.follower().stop();
    }

    @Test
    void archiveAndDeleteRunThroughTheModelAndCanBeTakenBack() {
        List<Boolean> archived = new ArrayList<>();
        model.setArchived(true, archived::add);
        assertThat(archived).containsExactly(true);
        assertThat(session.clients().get(acme.id()).archived()).isTrue();
        model.setArchived(false, archived::add);
        assertThat(session.clients().get(acme.id()).archived()).isFalse();

        List<ClientSnapshot> snapshots = new ArrayList<>();
        model.delete(snapshots::add);
        model.reload();
        assertThat(model.goneProperty().get()).isTrue();
        List<Client> back = new ArrayList<>();
        model.undoDelete(snapshots.get(0), back::add);
        assertThat(back).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo("Acme"));
    }

    @Test
    void aPersonRemovedComesBackWithTheirTags() {
        Person ann = model.people().people().get(0);
        session.people().setTags(ann.contact().id(), "golf");
        model.reload();
        Person tagged = model.people().people().get(0);
        List<Runnable> undo = new ArrayList<>();
        model.people().remove(tagged, undo::add, t -> { throw new AssertionError(t); });
        assertThat(session.contacts().peopleAt(acme.id())).isEmpty();

        undo.get(0).run();
        assertThat(session.contacts().peopleAt(acme.id())).singleElement()
                .satisfies(p -> assertThat(p.tags()).containsExactly("golf"));
    }
}
