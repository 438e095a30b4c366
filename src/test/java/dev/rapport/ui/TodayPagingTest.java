package dev.rapport.ui;

import atlantafx.base.controls.Tile;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A day with more overdue promises than a page: Today shows the first page, the heading counts
 * them all, and "Show N more" opens the next page; acting on a row there keeps the pages open.
 */
@ExtendWith(ApplicationExtension.class)
class TodayPagingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String OVERDUE = "#today-group-overdue";

    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;
    private Client acme;
    /** promise[d]: the one due d days ago; the latest come first on Today. */
    private long[] promise;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme"));
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    private void overdue(int count) {
        promise = new long[count + 1];
        for (int d = 1; d <= count; d++) {
            promise[d] = session.ledger().save(Promise.create(acme.id(), "Promise " + d, TODAY.minusDays(60), TODAY.minusDays(d))).id();
        }
    }

    @Test
    void aPageAtATimeAndKeptOnTheSecondPageKeepsBothPagesOpen(FxRobot robot) {
        overdue(45);
        robot.interact(() -> UiTestSupport.show(stage, session, new FakeDialogs()));

        assertThat(text(robot, OVERDUE + "-count")).isEqualTo("45");
        assertThat(rows(robot)).isEqualTo(20);
        assertThat(robot.lookup("#today-item-promise-due-" + promise[45]).tryQuery()).isPresent();
        assertThat(robot.lookup("#today-item-promise-due-" + promise[25]).tryQuery()).isEmpty();
        assertThat(text(robot, OVERDUE + "-more")).isEqualTo("Show 20 more");
        assertThat(text(robot, OVERDUE + "-shown")).isEqualTo("20 of 45 shown");

        UiTestSupport.scrollIntoSight(robot, "#today-view .scroll-pane", OVERDUE + "-more");
        robot.clickOn(OVERDUE + "-more");

        assertThat(rows(robot)).isEqualTo(40);
        assertThat(text(robot, OVERDUE + "-more")).isEqualTo("Show 5 more");
        assertThat(text(robot, OVERDUE + "-shown")).isEqualTo("40 of 45 shown");
        assertThat(robot.lookup("#today-item-promise-due-" + promise[25]).tryQuery()).isPresent();

        UiTestSupport.scrollIntoSight(robot, "#today-view .scroll-pane", "#today-kept-" + promise[10]);
        robot.clickOn("#today-kept-" + promise[10]);

        assertThat(session.ledger().promise(promise[10]).outcome()).isEqualTo(PromiseOutcome.KEPT);
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).isEqualTo("Kept: “Promise 10”. Report it to the client when you can.");
        assertThat(robot.lookup(OVERDUE + " #today-item-promise-due-" + promise[10]).tryQuery()).isEmpty();
        assertThat(text(robot, OVERDUE + "-count")).isEqualTo("44");
        assertThat(rows(robot)).isEqualTo(40);
        assertThat(text(robot, OVERDUE + "-more")).isEqualTo("Show 4 more");
    }

    @Test
    void theKeyboardReachesShowMoreAndGoesOnToTheNewRows(FxRobot robot) {
        overdue(45);
        robot.interact(() -> UiTestSupport.show(stage, session, new FakeDialogs()));
        robot.interact(() -> robot.lookup("#today-kept-" + promise[26]).query().requestFocus()); // the first page's last row

        robot.type(KeyCode.TAB);
        assertThat(focused(robot)).isSameAs(robot.lookup(OVERDUE + "-more").query());
        robot.type(KeyCode.SPACE);
        assertThat(rows(robot)).isEqualTo(40);
        assertThat(focused(robot)).isSameAs(robot.lookup(OVERDUE + "-more").query());
        robot.type(KeyCode.SPACE);

        assertThat(rows(robot)).isEqualTo(45);
        assertThat(robot.lookup(OVERDUE + "-more").tryQuery()).isEmpty();
        assertThat(focused(robot)).isSameAs(robot.lookup("#today-kept-" + promise[5]).query());
        robot.type(KeyCode.SPACE);
        assertThat(session.ledger().promise(promise[5]).outcome()).isEqualTo(PromiseOutcome.KEPT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            uk | 21 | Показати ще 1 рядок    | Показано 20 з 21
            uk | 23 | Показати ще 3 рядки    | Показано 20 з 23
            uk | 45 | Показати ще 20 рядків  | Показано 20 з 45
            ru | 22 | Показать ещё 2 строки  | Показано 20 из 22
            ro | 45 | Arată încă 20 de rânduri | Afișate 20 din 45
            lt | 22 | Rodyti dar 2 eilutes   | Rodoma 20 iš 22
            lt | 31 | Rodyti dar 11 eilučių  | Rodoma 20 iš 31
            """)
    void showMoreCountsInTheLanguage(String code, int count, String more, String shown, FxRobot robot) {
        overdue(count);
        robot.interact(() -> {
            I18n.use(Language.ofCode(code).orElseThrow());
            UiTestSupport.show(stage, session, new FakeDialogs());
        });
        assertThat(text(robot, OVERDUE + "-more")).isEqualTo(more);
        assertThat(text(robot, OVERDUE + "-shown")).isEqualTo(shown);
        assertThat(text(robot, OVERDUE + "-count")).isEqualTo(String.valueOf(count));
    }

    private static long rows(FxRobot robot) {
        return robot.lookup(OVERDUE).queryAs(VBox.class).getChildren().stream().filter(Tile.class::isInstance).count();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup(OVERDUE).query().getScene().getFocusOwner();
    }
}
