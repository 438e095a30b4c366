package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.ui.common.SheetFocus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page behind an open sheet cannot be used, by the mouse or by the keys, though it is no longer
 * disabled (disabling it restyled the whole window at every sheet, the stall of a save): a click on
 * it does nothing, Tab and Shift+Tab go round the sheet, a screen that asks for the focus behind the
 * sheet does not get it, and once the sheet closes the page is as it was.
 */
@ExtendWith(ApplicationExtension.class)
class SheetGuardTest {
    @TempDir
    static Path dir;
    private JournalSession session;
    private MainView main;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        session.clients().save(Client.create("Acme Rūpnīca"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aClickOnThePageBehindASheetDoesNothing(FxRobot robot) {
        robot.interact(main::newClient);
        Node sheet = main.openSheet();
        assertThat(sheet).isNotNull();
        Node frame = robot.lookup("#main-frame").query();
        assertThat(frame.isDisabled()).as("the frame is not restyled as disabled").isFalse();
        assertThat(UiTestSupport.takesClicks(robot.lookup("#rail-journal").query())).isFalse();

        robot.clickOn("#rail-journal");
        assertThat(main.openSheet()).as("the sheet stays").isSameAs(sheet);
        assertThat(robot.lookup("#rail-journal").queryAs(ToggleButton.class).isSelected()).as("the click did not reach the rail").isFalse();
        assertThat(robot.lookup("#today-view").tryQuery()).as("Today is still the screen").isPresent();

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertThat(main.openSheet()).isNull();
        UiTestSupport.awaitEnabled(robot, "#rail-journal");
        robot.clickOn("#rail-journal");
        assertThat(robot.lookup("#rail-journal").queryAs(ToggleButton.class).isSelected()).as("the page takes clicks again").isTrue();
    }

    @Test
    void tabAndShiftTabGoRoundTheSheetAndNeverBehindIt(FxRobot robot) {
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        Node sheet = main.openSheet();
        List<Node> stops = SheetFocus.focusables(sheet);
        assertThat(stops).hasSizeGreaterThan(1);
        robot.interact(() -> stops.get(stops.size() - 1).requestFocus());
        keys.key(KeyCode.TAB);
        assertThat(main.getScene().getFocusOwner()).as("Tab past the last field wraps to the first").isSameAs(stops.get(0));
        keys.key(KeyCode.SHIFT, KeyCode.TAB);
        Node before = main.getScene().getFocusOwner();
        assertThat(SheetFocus.inside(before, sheet)).as("Shift+Tab before the first field wraps round the sheet, %s", stops).isTrue();
        assertThat(before).isNotSameAs(stops.get(0));
        keys.key(KeyCode.TAB);
        assertThat(main.getScene().getFocusOwner()).as("and Tab comes back").isSameAs(stops.get(0));
        for (int i = 0; i < 2 * stops.size() + 2; i++) {
            keys.key(i % 3 == 0 ? KeyCode.DOWN : KeyCode.TAB);
            assertThat(SheetFocus.inside(main.getScene().getFocusOwner(), sheet)).as("key %d stays in the sheet", i + 1).isTrue();
        }
    }

    @Test
    void theFocusAskedForBehindASheetStaysInTheSheetAndTypingLandsThere(FxRobot robot) {
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).write("Baltic");
        TextInputControl name = robot.lookup("#client-name").queryTextInputControl();
        TextInputControl search = robot.lookup("#search").queryTextInputControl();
        robot.interact(search::requestFocus);
        assertThat(main.getScene().getFocusOwner()).as("a screen behind cannot take the focus").isSameAs(name);
        keys.write(" Freight");
        assertThat(name.getText()).isEqualTo("Baltic Freight");
        assertThat(search.getText()).isEmpty();
        // a window shortcut still works: it leaves the sheet first, asking as Esc does (the fake dialogs say yes)
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(main.openSheet()).isNull();
        assertThat(robot.lookup("#rail-journal").queryAs(ToggleButton.class).isSelected()).isTrue();
    }
}
