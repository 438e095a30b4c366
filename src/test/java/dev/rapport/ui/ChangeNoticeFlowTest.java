package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.ui.data.DataMenu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.Label;
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

/** Every list and count follows a change, whichever door it came through: an import, a sheet, a Today action, undo. */
@ExtendWith(ApplicationExtension.class)
class ChangeNoticeFlowTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Path chosen;
    private Client acme;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
        session.ledger().save(Promise.create(acme.id(), "Send the draft", TODAY.minusDays(30), TODAY.minusDays(3)));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
        main.dataMenu().setFiles(new DataMenu.Files() {
            @Override
            public Path saveFile(String title, String initialName, String extension) {
                return chosen;
            }

            @Override
            public Path openFile(String title, String extension) {
                return chosen;
            }

            @Override
            public Path folder(String title) {
                return chosen;
            }
        });
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void importItem(FxRobot robot, String id) {
        javafx.scene.control.MenuButton menu = robot.lookup("#journal-menu").queryAs(javafx.scene.control.MenuButton.class);
        javafx.scene.control.MenuItem item = menu.getItems().stream()
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void peopleAndClientsFollowAnImport(FxRobot robot) throws Exception {
        robot.interact(main::showPeople);
        assertThat(text(robot, "#people-count")).startsWith("0");
        chosen = dir.resolve("people.csv");
        Files.writeString(chosen, "Name,Email,Client\nAnn Lee,ann@acme.example,Acme\nBo Chen,,Beta\nCy Dunn,,Beta\n");

        importItem(robot, "menu-import-csv");
        robot.clickOn("#form-save");

        assertThat(text(robot, "#people-count")).startsWith("3");
        robot.interact(main::showClients);
        assertThat(robot.lookup("#clients-table").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void theBadgeAndTheListFollowAChangeMadeWhileAnotherScreenIsShown(FxRobot robot) {
        assertThat(text(robot, "#today-badge")).isEqualTo("1");
        robot.interact(main::showPromises);
        assertThat(robot.lookup("#promises-table").queryAs(TableView.class).getItems()).hasSize(1);

        // another door (a sheet, the quick log, a sync) writes while Promises is on screen
        robot.interact(() -> session.ledger().save(Promise.create(acme.id(), "Call the auditor", TODAY.minusDays(30), TODAY.minusDays(1))));

        assertThat(robot.lookup("#promises-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(text(robot, "#today-badge")).isEqualTo("2");
    }

    @Test
    void undoOfATodayActionBringsTheRowAndTheCountsBack(FxRobot robot) {
        long id = session.ledger().promises(acme.id()).get(0).id();
        assertThat(text(robot, "#today-group-overdue-count")).isEqualTo("1");

        robot.clickOn("#today-kept-" + id);
        assertThat(robot.lookup("#today-group-overdue").tryQuery()).isEmpty();

        robot.clickOn("#status-undo");
        assertThat(text(robot, "#today-group-overdue-count")).isEqualTo("1");
        assertThat(robot.lookup("#today-item-promise-due-" + id).tryQuery()).isPresent();
    }

    @Test
    void aSheetSaveReachesTheClientList(FxRobot robot) {
        robot.interact(main::showClients);
        robot.interact(main::newClient);
        UiTestSupport.type(robot, "#client-name", "Nordlicht");
        robot.clickOn("#form-save");
        robot.interact(main::showClients);
        assertThat(robot.lookup("#clients-table").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void theClientTimelineShowsItsPromisesAndFollowsANewOne(FxRobot robot) {
        robot.interact(() -> main.showClient(acme.id()));
        javafx.scene.control.ListView<?> timeline = robot.lookup("#client-timeline").queryAs(javafx.scene.control.ListView.class);
        assertThat(timeline.getItems()).singleElement().isInstanceOf(dev.rapport.logic.ClientTimeline.PromiseMade.class);

        robot.interact(() -> session.ledger().save(dev.rapport.model.Problem.create(acme.id(), dev.rapport.model.RaisedBy.CLIENT,
                TODAY, "Invoice sent twice")));

        assertThat(timeline.getItems()).hasSize(2);
        assertThat(timeline.getItems().get(0)).as("the newer first").isInstanceOf(dev.rapport.logic.ClientTimeline.ProblemRaised.class);
    }

    @Test
    void aWindowThatGoesAwayStopsListening(FxRobot robot) {
        int before = session.changes().listenerCount();
        robot.interact(() -> main.rebuild("again"));
        assertThat(session.changes().listenerCount()).isEqualTo(before);
    }
}
