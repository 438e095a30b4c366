package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Contact;
import dev.rapport.model.JournalFilter;

import java.nio.file.Path;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** A user's first minutes: create a client, add a person, write an entry, find it by search. */
@ExtendWith(ApplicationExtension.class)
class ClientsFlowTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void emptyJournalOffersTheFirstClientAndTheDemo(FxRobot robot) {
        assertThat(robot.lookup("#empty-journal").tryQuery()).isPresent();
        assertThat(robot.lookup("#open-demo").tryQuery()).isPresent();
    }

    @Test
    void createClientAddPersonWriteEntryAndFindItBySearch(FxRobot robot) {
        robot.clickOn("#create-first-client");
        robot.clickOn("#client-name").write("Acme Logistics");
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#client-title").queryAs(Label.class).getText()).isEqualTo("Acme Logistics");

        UiTestSupport.clickWhenShown(robot, "#tab-people");
        robot.clickOn("#add-person");
        robot.clickOn("#contact-name").write("Šarūnas Žemaitis");
        robot.clickOn("#contact-role").write("Operations director");
        robot.clickOn("#contact-email").write("sarunas@acme.example");
        // the person sheet is taller than the window since it holds other emails and a language: reach the box as Tab would
        robot.interact(() -> robot.lookup("#contact-carrier").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.SPACE).release(javafx.scene.input.KeyCode.SPACE);
        robot.clickOn("#form-save");
        ListView<?> people = robot.lookup("#client-people").queryAs(ListView.class);
        assertThat(people.getItems()).hasSize(1);
        Contact stored = session.contacts().forClient(session.clients().all().get(0).id()).get(0);
        assertThat(stored.contextCarrier()).isTrue();
        assertThat(stored.email()).isEqualTo("sarunas@acme.example");

        // the person sheet closes once its save is stored: the page takes clicks again only then
        UiTestSupport.awaitEnabled(robot, "#client-new-entry");
        robot.clickOn("#client-new-entry");
        UiTestSupport.clickWhenShown(robot, "#entry-title");
        robot.write("Depot rollout review");
        robot.clickOn("Šarūnas Žemaitis");
        UiTestSupport.type(robot, "#entry-summary", "Agreed the pilot depot.");
        UiTestSupport.type(robot, "#entry-private", "Worried about the union.");
        UiTestSupport.type(robot, "#entry-tags", "rollout, pilot");
        robot.clickOn("#form-save");
        ListView<?> timeline = robot.lookup("#client-timeline").queryAs(ListView.class);
        UiTestSupport.clickWhenShown(robot, "#tab-timeline");
        assertThat(timeline.getItems()).hasSize(1);
        var entry = session.interactions().page(JournalFilter.ALL, 10, 0).get(0);
        assertThat(entry.interaction().tags()).containsExactly("rollout", "pilot");
        assertThat(entry.contactNames()).containsExactly("Šarūnas Žemaitis");

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("depot roll");
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).anySatisfy(row ->
                assertThat(((dev.rapport.ui.search.SearchBox.Row) row).hit()).isNotNull()
                        .extracting(h -> h.title()).isEqualTo("Depot rollout review"));
    }

    @Test
    void anEmptyNameIsRefusedAtTheFieldAndNothingIsSaved(FxRobot robot) {
        robot.clickOn("#create-first-client");
        robot.clickOn("#form-save");
        Label error = robot.lookup("#error-name").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Client name must not be empty");
        assertThat(session.clients().count()).isZero();
    }

    @Test
    void anInvalidEmailIsRefusedAtTheField(FxRobot robot) {
        session.clients().save(dev.rapport.model.Client.create("Acme"));
        robot.interact(() -> ((MainView) robot.lookup("#main-view").query()).showClient(session.clients().all().get(0).id()));
        UiTestSupport.clickWhenShown(robot, "#tab-people");
        robot.clickOn("#add-person");
        robot.clickOn("#contact-name").write("Ann");
        robot.clickOn("#contact-email").write("ann-at-example");
        robot.clickOn("#form-save");
        assertThat(robot.lookup("#error-email").queryAs(Label.class).getText()).contains("not a valid address");
        assertThat(session.contacts().count()).isZero();
    }

    @Test
    void deletingAClientAsksWhatToDoAndCanBeUndone(FxRobot robot) {
        var client = session.clients().save(dev.rapport.model.Client.create("Doomed Ltd"));
        var ann = session.contacts().save(dev.rapport.model.Contact.create(client.id(), "Ann"));
        session.interactions().save(new dev.rapport.model.Interaction(0, client.id(), java.time.LocalDateTime.of(2026, 11, 1, 9, 0),
                dev.rapport.model.Channel.CALL, "Last call", "", "", java.util.List.of(), null, java.util.List.of(ann.id())));
        robot.interact(() -> ((MainView) robot.lookup("#main-view").query()).showClient(client.id()));
        dialogs.choice = -1;
        robot.clickOn("#client-delete");
        assertThat(session.clients().count()).isEqualTo(1);
        dialogs.choice = 1;
        robot.clickOn("#client-delete");
        assertThat(dialogs.asked).hasSize(2).allSatisfy(q -> assertThat(q).contains("Doomed Ltd").contains("Archive instead"));
        assertThat(session.clients().count()).isZero();
        assertThat(robot.lookup("#empty-journal").tryQuery()).isPresent();

        robot.clickOn("#status-undo");
        assertThat(robot.lookup("#client-title").queryAs(Label.class).getText()).isEqualTo("Doomed Ltd");
        var back = session.clients().all().get(0);
        var entries = session.interactions().forClient(back.id(), 10, 0);
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.contactNames()).containsExactly("Ann"));
    }

    @Test
    void archivingInsteadOfDeletingKeepsTheHistory(FxRobot robot) {
        var client = session.clients().save(dev.rapport.model.Client.create("Quiet Ltd"));
        robot.interact(() -> ((MainView) robot.lookup("#main-view").query()).showClient(client.id()));
        dialogs.choice = 0;
        robot.clickOn("#client-delete");
        assertThat(session.clients().get(client.id()).archived()).isTrue();
    }

    @Test
    void theClientListFiltersAsYouType(FxRobot robot) {
        session.clients().save(dev.rapport.model.Client.create("Baltic Freight"));
        session.clients().save(dev.rapport.model.Client.create("Carpați Software"));
        robot.interact(() -> ((MainView) robot.lookup("#main-view").query()).showClients());
        TableView<?> table = robot.lookup("#clients-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.clickOn("#clients-filter").write("carp");
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#clients-count").queryAs(Label.class).getText()).isEqualTo("1 of 2 clients");
    }
}
