package dev.rapport.ui;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.Period;
import dev.rapport.ui.brief.SaveTarget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The client review sheet driven from the keyboard: opened from the client's brief, a headline, an ask, saved as HTML. */
@ExtendWith(ApplicationExtension.class)
class ClientReviewSheetFlowTest {
    @TempDir
    Path dir;

    private ReportFixture fixture;
    private JournalSession session;
    private MainView main;
    private static Stage window;

    @Start
    void start(Stage stage) throws IOException {
        window = stage;
        fixture = ReportFixture.create(dir.resolve("journal.rapport"));
        session = fixture.session;
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        SaveTarget.use(null);
        session.close();
    }

    private static boolean focusIsOn(FxRobot robot, String id) {
        Node focus = window.getScene().getFocusOwner();
        return focus != null && id.equals(focus.getId());
    }

    private static void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 60 && !focusIsOn(robot, id); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusIsOn(robot, id)).as("Tab reaches #" + id).isTrue();
    }

    @Test
    void aHeadlineAndAnAskWrittenWithKeysGoIntoTheSavedReview(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        SaveTarget.use((owner, name, description, extension) -> out.resolve(name));
        robot.interact(() -> main.showClient(fixture.baltic.id()));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        UiTestSupport.awaitShown(robot, "#brief-review");
        tabTo(robot, "brief-review");
        robot.type(KeyCode.SPACE);
        UiTestSupport.awaitShown(robot, "#review-sheet");

        tabTo(robot, "review-headline");
        robot.write("Depots live in Kaunas").type(KeyCode.ENTER);
        tabTo(robot, "review-new-ask");
        robot.write("Approve the Vilnius plan").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.clientReviews().asks(fixture.baltic.id()).isEmpty());
        tabTo(robot, "review-format");
        ComboBox<SummaryRenderer.Format> format = robot.lookup("#review-format").queryComboBox();
        // the closed combo box chosen from with the arrow keys: PDF → HTML is one step up
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        if (format.getValue() != SummaryRenderer.Format.HTML) {
            robot.interact(() -> format.setValue(SummaryRenderer.Format.HTML));
        }
        UiTestSupport.awaitEnabled(robot, "#review-save");
        tabTo(robot, "review-save");
        robot.type(KeyCode.SPACE);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try (var files = Files.list(out)) {
                    return files.anyMatch(p -> p.toString().endsWith(".html"));
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("No HTML review was saved", e);
        }
        Path html;
        try (var files = Files.list(out)) {
            html = files.filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(html)).contains("Depots live in Kaunas").contains("Approve the Vilnius plan").contains("<svg")
                .doesNotContain("<script");
        Period quarter = Period.quarterOf(LocalDate.now(ReportFixture.CLOCK));
        assertThat(session.clientReviews().headline(fixture.baltic.id(), quarter)).isEqualTo("Depots live in Kaunas");
    }

    @Test
    void theKeyboardStaysOnAnAskWhenTheReviewIsReadAgain(FxRobot robot) throws Exception {
        robot.interact(() -> main.showClient(fixture.baltic.id()));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        UiTestSupport.awaitShown(robot, "#brief-review");
        tabTo(robot, "brief-review");
        robot.type(KeyCode.SPACE);
        UiTestSupport.awaitShown(robot, "#review-sheet");
        tabTo(robot, "review-new-ask");
        robot.write("Approve the Vilnius plan").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.clientReviews().asks(fixture.baltic.id()).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        // leaving the headline keeps it and reads the review again; the ask Tab went to is still the focus
        tabTo(robot, "review-headline");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOnAsk()).as("Tab from the headline stays on the ask").isTrue();
        // ticking it with Space reads the review again too
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !session.clientReviews().asks(fixture.baltic.id()).get(0).open());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOnAsk()).as("the ticked ask keeps the focus").isTrue();
        UiTestSupport.awaitEnabled(robot, "#review-save");
        tabTo(robot, "review-save");
    }

    private static boolean focusOnAsk() {
        Node focus = window.getScene().getFocusOwner();
        Node asks = window.getScene().lookup("#review-asks");
        return focus instanceof javafx.scene.control.CheckBox && dev.rapport.ui.common.SheetFocus.inside(focus, asks);
    }
}
