package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

/** F1 shows every key of the app; the rail's arrows go through every screen in order. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsAndRailTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Acme"));
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void f1ShowsEveryKeyWithItsTextFromTheBundle(FxRobot robot) {
        robot.push(KeyCode.F1);

        UiTestSupport.awaitShown(robot, "#shortcut-sheet");
        for (ShortcutSheet.Shortcut s : ShortcutSheet.ALL) {
            assertThat(robot.lookup("#shortcut-" + s.what().replace('.', '-')).queryAs(Label.class).getText()).isEqualTo(I18n.t(s.what()));
        }
        assertThat(ShortcutSheet.ALL).extracting(ShortcutSheet.Shortcut::keys)
                .contains("Ctrl+N", "Alt+P", "Ctrl+B", "Ctrl+L", "Ctrl+Enter", "Esc");
    }

    @Test
    void theRailsArrowsVisitEveryScreenInOrder(FxRobot robot) {
        robot.interact(() -> robot.lookup("#rail-today").query().requestFocus());
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Node owner = stage.getScene().getFocusOwner();
            visited.add(owner.getId());
            robot.push(KeyCode.DOWN);
        }

        assertThat(visited).containsExactly("rail-today", "rail-clients", "rail-journal", "rail-promises", "rail-problems",
                "rail-requests", "rail-health", "rail-settings");
        assertThat(stage.getScene().getFocusOwner().getId()).as("and round again").isEqualTo("rail-today");
        robot.push(KeyCode.UP);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("rail-settings");
    }
}
