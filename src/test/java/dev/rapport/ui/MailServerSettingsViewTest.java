package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.MailServer;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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

/** Settings → Mail server driven as a person would: fill in, save, Check now against a server that is not there. */
@ExtendWith(ApplicationExtension.class)
class MailServerSettingsViewTest {
    @TempDir
    Path dir;

    private JournalSession session;

    @Start
    void start(Stage stage) {
        I18n.use(Language.ENGLISH);
        session = UiTestSupport.journal(dir);
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Presses a button from the keyboard, focused the way Tab would (the card sits low on a long page). */
    private static void press(FxRobot robot, String query) {
        // a save tells the journal's screens to reload, and Settings builds its cards again
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node button = robot.lookup(query).query();
        robot.interact(button::requestFocus);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
    }

    @Test
    void theServerIsSavedWithoutItsPasswordAndAnUnreachableOneIsSaidPlainly(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        UiTestSupport.awaitShown(robot, "#settings-mail-server");
        assertThat(robot.lookup("#settings-mail-kept").queryAs(Label.class).getText())
                .isIn(I18n.t("mailServer.settings.memory"), I18n.t("mailServer.settings.keyring"));

        UiTestSupport.type(robot, "#settings-mail-host", "127.0.0.1");
        robot.interact(() -> robot.lookup("#settings-mail-port").queryAs(javafx.scene.control.TextField.class).clear());
        UiTestSupport.type(robot, "#settings-mail-port", Integer.toString(closed));
        UiTestSupport.type(robot, "#settings-mail-user", "dana@moraru-consulting.eu");
        UiTestSupport.type(robot, "#settings-mail-password", "typed-secret-4711");
        press(robot, "#settings-mail-save");

        assertThat(robot.lookup("#settings-saved").queryAs(Label.class).getText()).isEqualTo(I18n.t("mailServer.settings.saved"));
        assertThat(MailServer.read(session.settings()::get)).contains(
                new MailServer("127.0.0.1", closed, "dana@moraru-consulting.eu", List.of(), false));
        assertThat(robot.lookup("#settings-mail-password").queryAs(PasswordField.class).getText()).isEmpty();

        press(robot, "#settings-mail-check");
        UiTestSupport.awaitShown(robot, "#settings-mail-error");
        // the check runs on the journal's thread; its answer comes back to the card that shows now
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> !robot.lookup("#settings-mail-error").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#settings-mail-error").queryAs(Label.class).getText())
                .isEqualTo(I18n.t("mailServer.error.unreachable", "127.0.0.1", Integer.toString(closed)));
    }
}
