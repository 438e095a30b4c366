package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Interaction;
import dev.rapport.model.Person;
import dev.rapport.model.PersonOverview;
import dev.rapport.model.Rhythm;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.common.DateField;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A person with roles at two clients, a role ended, and the people list's filters with a tag change and its undo. */
@ExtendWith(ApplicationExtension.class)
class RolesFlowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Client acme;
    private Client baltic;
    private Contact ann;
    private Contact bob;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(new Client(0, "Acme", ClientStatus.ACTIVE, false, "", "", new Rhythm(14, 30)));
        baltic = session.clients().save(new Client(0, "Baltic Freight", ClientStatus.PAUSED, false, "", "", new Rhythm(14, 30)));
        ann = session.contacts().save(new Contact(0, acme.id(), "Ann Lee", "CFO", "ann@acme.test", "", null, "", "", false));
        bob = session.contacts().save(new Contact(0, baltic.id(), "Bob Stone", "CEO", "", "", null, "", "", false));
        session.interactions().save(new Interaction(0, acme.id(), TODAY.minusDays(20).atTime(9, 0), Channel.CALL, "Budget", "", "",
                List.of(), null, List.of(ann.id())));
        main = UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> people(FxRobot robot) {
        ListView<Person> list = robot.lookup("#client-people").queryAs(ListView.class);
        return list.getItems().stream().map(p -> p.contact().name()).toList();
    }

    private void openPeople(FxRobot robot, Client c) {
        robot.interact(() -> {
            main.showClient(c.id());
            ((dev.rapport.ui.clients.ClientPage) robot.lookup("#client-page").query()).showPeople();
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondRoleAtAnotherClientShowsThePersonOnBothPagesAndEndingItKeepsThemAsPast(FxRobot robot) {
        openPeople(robot, acme);
        assertThat(people(robot)).containsExactly("Ann Lee");
        ListView<Person> list = robot.lookup("#client-people").queryAs(ListView.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#edit-person");

        ComboBox<Client> client = robot.lookup("#role-client").queryAs(ComboBox.class);
        robot.interact(() -> client.setValue(client.getItems().stream().filter(c -> c.id() == baltic.id()).findFirst().orElseThrow()));
        UiTestSupport.type(robot, "#role-title", "Board member");
        robot.interact(() -> robot.lookup("#role-from").queryAs(DateField.class).setValue(LocalDate.of(2026, 1, 15)));
        robot.interact(() -> robot.lookup("#role-add").queryAs(javafx.scene.control.Button.class).fire());

        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Added the role: Board member at Baltic Freight.");
        assertThat(robot.lookup("#role-0").queryAs(Label.class).getText()).isEqualTo("CFO at Acme");
        assertThat(robot.lookup("#role-1").queryAs(Label.class).getText()).isEqualTo("Board member at Baltic Freight");
        robot.clickOn("#form-cancel");

        openPeople(robot, baltic);
        assertThat(people(robot)).containsExactly("Ann Lee", "Bob Stone");
        assertThat(session.contacts().find(ann.id()).orElseThrow().clientId()).isEqualTo(acme.id());

        // Ann leaves the board: the role ends today and she is listed after the current people, marked past.
        robot.interact(() -> list.getSelectionModel().clearSelection());
        ListView<Person> balticList = robot.lookup("#client-people").queryAs(ListView.class);
        robot.interact(() -> balticList.getSelectionModel().select(0));
        robot.clickOn("#edit-person");
        assertThat(robot.lookup("#role-1").queryAs(Label.class).getText()).isEqualTo("Board member at Baltic Freight");
        robot.interact(() -> robot.lookup("#role-end-1").queryAs(javafx.scene.control.Button.class).fire());
        assertThat(robot.lookup("#role-end-day").queryAs(DateField.class).getValue()).isEqualTo(TODAY);
        robot.interact(() -> robot.lookup("#role-end-confirm").queryAs(javafx.scene.control.Button.class).fire());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .startsWith("Ended the role: Board member at Baltic Freight.");
        robot.clickOn("#form-cancel");
        assertThat(people(robot)).containsExactly("Bob Stone", "Ann Lee");
        assertThat(session.contacts().person(ann.id()).orElseThrow().roles()).extracting(ContactRole::clientId, ContactRole::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(acme.id(), null),
                        org.assertj.core.groups.Tuple.tuple(baltic.id(), TODAY));
        // her journal entry stays at Acme
        assertThat(session.interactions().forClient(acme.id(), 10, 0)).singleElement()
                .satisfies(e -> assertThat(e.interaction().contactIds()).containsExactly(ann.id()));
        robot.clickOn("#status-undo");
        assertThat(session.contacts().person(ann.id()).orElseThrow().currentAt(baltic.id(), TODAY)).isTrue();
    }

    @SuppressWarnings("unchecked")
    private List<String> shown(FxRobot robot) {
        TableView<PersonOverview> table = robot.lookup("#people-table").queryAs(TableView.class);
        return table.getItems().stream().map(o -> o.person().contact().name()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePeopleListFiltersSavesAViewAndTagsManyPeopleWithUndo(FxRobot robot) {
        session.people().setTags(bob.id(), "golf");
        robot.interact(main::showClients);
        robot.clickOn("#clients-people");
        assertThat(shown(robot)).containsExactly("Ann Lee", "Bob Stone");
        assertThat(robot.lookup("#people-count").queryAs(Label.class).getText()).isEqualTo("2 people");

        ComboBox<ClientStatus> status = robot.lookup("#people-status").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(ClientStatus.PAUSED));
        assertThat(shown(robot)).containsExactly("Bob Stone");
        assertThat(robot.lookup("#people-count").queryAs(Label.class).getText()).isEqualTo("1 of 2 people");
        robot.interact(() -> status.setValue(null));
        ComboBox<RhythmState> rhythm = robot.lookup("#people-rhythm").queryAs(ComboBox.class);
        robot.interact(() -> rhythm.setValue(RhythmState.NEVER));
        assertThat(shown(robot)).containsExactly("Bob Stone");
        robot.interact(() -> rhythm.setValue(null));
        robot.interact(() -> robot.lookup("#people-contact-before").queryAs(DateField.class).setValue(TODAY.minusDays(10)));
        assertThat(shown(robot)).containsExactly("Ann Lee", "Bob Stone"); // never contacted counts as before any day
        robot.interact(() -> robot.lookup("#people-contact-after").queryAs(DateField.class).setValue(TODAY.minusDays(30)));
        assertThat(shown(robot)).containsExactly("Ann Lee");

        robot.clickOn("#people-save-view");
        robot.clickOn("#view-name").write("Talked last month");
        robot.clickOn("#form-save");
        assertThat(session.people().views()).extracting(v -> v.name()).containsExactly("Talked last month");
        robot.interact(() -> robot.lookup("#people-contact-after").queryAs(DateField.class).setValue(null));
        robot.interact(() -> robot.lookup("#people-contact-before").queryAs(DateField.class).setValue(null));
        assertThat(shown(robot)).hasSize(2);
        ComboBox<Object> views = robot.lookup("#people-views").queryAs(ComboBox.class);
        robot.interact(() -> views.setValue(views.getItems().get(0)));
        assertThat(shown(robot)).containsExactly("Ann Lee");
        robot.interact(() -> robot.lookup("#people-contact-after").queryAs(DateField.class).setValue(null));
        robot.interact(() -> robot.lookup("#people-contact-before").queryAs(DateField.class).setValue(null));

        // Bulk: both people shown get the tag after a confirmation naming the count; Undo puts each one's tags back.
        robot.clickOn("#people-bulk-tag").write("newsletter");
        robot.clickOn("#people-bulk-add");
        assertThat(dialogs.asked).last().isEqualTo("Add a tag | Add the tag “newsletter” to 2 people?");
        assertThat(session.contacts().person(bob.id()).orElseThrow().tags()).containsExactly("golf", "newsletter");
        ComboBox<String> tag = robot.lookup("#people-tag").queryAs(ComboBox.class);
        assertThat(tag.getItems()).containsExactly(null, "golf", "newsletter");
        robot.interact(() -> tag.setValue("golf"));
        assertThat(shown(robot)).containsExactly("Bob Stone");
        robot.clickOn("#status-undo");
        assertThat(session.contacts().person(bob.id()).orElseThrow().tags()).containsExactly("golf");
        assertThat(session.contacts().person(ann.id()).orElseThrow().tags()).isEmpty();

        dialogs.answer = false;
        robot.clickOn("#people-bulk-remove");
        assertThat(session.contacts().person(bob.id()).orElseThrow().tags()).containsExactly("golf");
    }
}
