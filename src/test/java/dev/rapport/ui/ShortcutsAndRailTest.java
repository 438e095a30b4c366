package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** F1 shows every key of the app; the rail's arrows go through every screen in order. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsAndRailTest {
    @RegisterExtension
    final UiTestSupport.Window window = UiTestSupport.window(session -> session.clients().save(Client.create("Acme")));

    @BeforeEach
    void show(FxRobot robot) {
        window.show(robot);
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
            Node owner = window.stage().getScene().getFocusOwner();
            visited.add(owner.getId());
            robot.push(KeyCode.DOWN);
        }

        assertThat(visited).containsExactly("rail-today", "rail-clients", "rail-journal", "rail-promises", "rail-problems",
                "rail-requests", "rail-health", "rail-settings");
        assertThat(window.stage().getScene().getFocusOwner().getId()).as("and round again").isEqualTo("rail-today");
        robot.push(KeyCode.UP);
        assertThat(window.stage().getScene().getFocusOwner().getId()).isEqualTo("rail-settings");
    }
}
