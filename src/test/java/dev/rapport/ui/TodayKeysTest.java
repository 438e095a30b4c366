package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.control.Label;
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

/** Today by keyboard: ↑/↓ between rows, Enter opens, the row's letter (or Space) does its main action. */
@ExtendWith(ApplicationExtension.class)
class TodayKeysTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;
    private long older;
    private long newer;
    private long thisWeek;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme"));
        older = session.ledger().save(Promise.create(acme.id(), "Send the draft", TODAY.minusDays(30), TODAY.minusDays(3))).id();
        newer = session.ledger().save(Promise.create(acme.id(), "Call the auditor", TODAY.minusDays(30), TODAY.minusDays(1))).id();
        thisWeek = session.ledger().save(Promise.create(acme.id(), "Book the room", TODAY.minusDays(30), TODAY.plusDays(2))).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private MainView show(FxRobot robot) {
        MainView[] main = new MainView[1];
        robot.interact(() -> main[0] = UiTestSupport.show(stage, session, new FakeDialogs()));
        return main[0];
    }

    private String focusedId(FxRobot robot) {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theFirstOverduePromiseIsKeptInThreeKeysAndTheCountsFollow(FxRobot robot) {
        show(robot);
        robot.interact(() -> robot.lookup("#search").tryQuery().ifPresent(Node::requestFocus));
        String overdueBefore = text(robot, "#today-group-overdue-count");
        KeyCountingRobot keys = new KeyCountingRobot(robot);

        keys.key(KeyCode.CONTROL, KeyCode.DIGIT1);
        String firstOverdue = robot.lookup("#today-group-overdue .today-row").query().getId();
        while (!firstOverdue.equals(focusedId(robot)) && keys.keys() < 10) {
            keys.key(KeyCode.DOWN);
        }
        keys.key(KeyCode.K);

        System.out.println("Today: the first overdue promise marked kept in " + keys.keys() + " keys");
        assertThat(keys.keys()).isLessThanOrEqualTo(3);
        long kept = firstOverdue.endsWith("-" + older) ? older : newer;
        assertThat(session.ledger().promise(kept).outcome()).isEqualTo(PromiseOutcome.KEPT);
        assertThat(Integer.parseInt(text(robot, "#today-group-overdue-count"))).isEqualTo(Integer.parseInt(overdueBefore) - 1);
        // a kept promise is now to be reported, due today: the badge counts what the day holds now
        assertThat(text(robot, "#today-badge")).isEqualTo(Integer.toString(session.todayList().today().dueCount()));
        assertThat(robot.lookup("#today-item-promise-unreported-" + kept).tryQuery()).isPresent();
        assertThat(focusedId(robot)).as("the keyboard stays in the list, on the next row").startsWith("today-item-");
    }

    @Test
    void arrowsMoveBetweenRowsAcrossSectionsAndEnterOpensTheItem(FxRobot robot) {
        show(robot);
        robot.interact(() -> robot.lookup("#today-item-promise-due-" + older).query().requestFocus());

        robot.push(KeyCode.DOWN);
        assertThat(focusedId(robot)).isEqualTo("today-item-promise-due-" + newer);
        robot.push(KeyCode.DOWN);
        assertThat(focusedId(robot)).as("↓ goes on into the next section").isEqualTo("today-item-promise-due-" + thisWeek);
        robot.push(KeyCode.UP);
        assertThat(focusedId(robot)).isEqualTo("today-item-promise-due-" + newer);

        robot.push(KeyCode.ENTER);
        UiTestSupport.awaitShown(robot, "#promise-what");
        assertThat(robot.lookup("#promise-what").queryAs(javafx.scene.control.TextInputControl.class).getText()).isEqualTo("Call the auditor");
    }

    @Test
    void spaceDoesTheMainActionAndTheRowButtonsAreNoTabStops(FxRobot robot) {
        show(robot);
        robot.interact(() -> robot.lookup("#today-item-promise-due-" + thisWeek).query().requestFocus());
        assertThat(robot.lookup("#today-kept-" + thisWeek).query().isFocusTraversable()).isFalse();
        assertThat(robot.lookup("#today-kept-" + thisWeek + " .keycap").queryAs(Label.class).getText()).isEqualTo("K");

        robot.push(KeyCode.SPACE);

        assertThat(session.ledger().promise(thisWeek).outcome()).isEqualTo(PromiseOutcome.KEPT);
        assertThat(robot.lookup("#today-item-promise-due-" + thisWeek).tryQuery()).isEmpty();
    }
}
