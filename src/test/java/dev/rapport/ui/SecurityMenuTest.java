package dev.rapport.ui;

import dev.rapport.logic.JournalSession;

import java.nio.file.Path;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal menu offers encryption for a plain journal, and passphrase change or decryption for an encrypted one. */
@ExtendWith(ApplicationExtension.class)
class SecurityMenuTest {
    @TempDir
    Path dir;

    private Stage stage;
    private JournalSession session;
    private final RecordingActions actions = new RecordingActions();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        UiTestSupport.show(stage, session, new FakeDialogs(), actions);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aPlainJournalOffersEncryption(FxRobot robot) {
        robot.clickOn("#journal-menu");
        assertThat(robot.lookup("Decrypt journal…").tryQuery()).isEmpty();
        robot.clickOn("Encrypt journal…");
        assertThat(actions.calls).containsExactly("encrypt");
    }

    @Test
    void anEncryptedJournalOffersPassphraseChangeAndDecryption(FxRobot robot) {
        JournalSession encrypted = JournalSession.openEncrypted(dir.resolve("secret.rapport"), "a long passphrase".toCharArray(),
                UiTestSupport.CLOCK);
        robot.interact(() -> UiTestSupport.show(stage, encrypted, new FakeDialogs(), actions));
        try {
            robot.clickOn("#journal-menu");
            assertThat(robot.lookup("Encrypt journal…").tryQuery()).isEmpty();
            robot.clickOn("Change passphrase…");
            robot.clickOn("#journal-menu").clickOn("Decrypt journal…");
            assertThat(actions.calls).containsExactly("passphrase", "decrypt");
        } finally {
            encrypted.close();
        }
    }
}
