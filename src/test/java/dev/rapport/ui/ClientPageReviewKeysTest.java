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

/**
 * Review… on the client page by keys alone (no mouse reaches the window): the client found with
 * Ctrl+K and opened with Enter, Tab to Review…, a headline written, Markdown chosen with the arrow
 * keys, and Save, through the app's file chooser stand-in: the file is written with the headline.
 */
@ExtendWith(ApplicationExtension.class)
class ClientPageReviewKeysTest {
    @TempDir
    Path dir;

    private ReportFixture fixture;
    private JournalSession session;
    private MainView main;
    private Stage window;

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

    private boolean focusIsOn(String id) {
        Node focus = window.getScene().getFocusOwner();
        return focus != null && id.equals(focus.getId());
    }

    private void tabTo(KeyboardOnly keys, String id) {
        for (int i = 0; i < 60 && !focusIsOn(id); i++) {
            keys.key(KeyCode.TAB);
        }
        assertThat(focusIsOn(id)).as("Tab reaches #" + id).isTrue();
    }

    @Test
    void reviewFromTheClientPageIsWrittenByKeysAlone(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        SaveTarget.use((owner, name, description, extension) -> out.resolve(name));
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());

        keys.key(KeyCode.CONTROL, KeyCode.K).write("Baltic");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#search-results").queryListView().getItems().isEmpty());
        keys.key(KeyCode.ENTER);
        UiTestSupport.awaitShown(robot, "#client-page-review");
        tabTo(keys, "client-page-review");
        keys.key(KeyCode.SPACE);
        UiTestSupport.awaitShown(robot, "#review-sheet");

        tabTo(keys, "review-headline");
        keys.write("Depots live in Kaunas").key(KeyCode.ENTER);
        tabTo(keys, "review-format");
        ComboBox<SummaryRenderer.Format> format = robot.lookup("#review-format").queryComboBox();
        // the closed combo box stepped with the arrow keys, PDF up to Markdown
        for (int i = 0; i < 3 && format.getValue() != SummaryRenderer.Format.MD; i++) {
            keys.key(KeyCode.UP);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(format.getValue()).isEqualTo(SummaryRenderer.Format.MD);
        tabTo(keys, "review-save");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#review-save").query().isDisabled());
        keys.key(KeyCode.SPACE);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try (var files = Files.list(out)) {
                    return files.anyMatch(p -> p.toString().endsWith(".md"));
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("No Markdown review was saved", e);
        }
        Path md;
        try (var files = Files.list(out)) {
            md = files.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(md)).contains("Depots live in Kaunas").contains("Baltic");
        Period quarter = Period.quarterOf(LocalDate.now(ReportFixture.CLOCK));
        assertThat(session.clientReviews().headline(fixture.baltic.id(), quarter)).isEqualTo("Depots live in Kaunas");
        keys.report("review from the client page");
    }
}
