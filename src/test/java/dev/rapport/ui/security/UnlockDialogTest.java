package dev.rapport.ui.security;

import atlantafx.base.theme.PrimerLight;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The unlock prompt of an encrypted journal, and the idle lock that brings it back. */
@ExtendWith(ApplicationExtension.class)
class UnlockDialogTest {
    private static final String RIGHT = "the right passphrase";

    @TempDir
    Path dir;

    private Stage stage;
    private Path file;
    private UnlockDialog dialog;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        file = dir.resolve("secret.rapport");
        try (JournalSession s = JournalSession.openEncrypted(file, RIGHT.toCharArray())) {
            s.clients().save(Client.create("Acme Holdings"));
        }
        stage.setScene(new Scene(new LockedScreen("secret.rapport", () -> { }), 800, 500));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        if (dialog != null && dialog.getResult() != null) {
            dialog.getResult().close();
        }
    }

    private void showDialog(FxRobot robot) {
        robot.interact(() -> {
            dialog = new UnlockDialog(stage, "secret.rapport", Background.sameThread(),
                    passphrase -> JournalSession.openEncrypted(file, passphrase));
            dialog.show();
        });
    }

    private void tryPassphrase(FxRobot robot, String passphrase) {
        robot.clickOn("#unlockPassphrase").write(passphrase);
        robot.clickOn("#unlockButton");
    }

    @Test
    void aWrongPassphraseIsSaidUnderTheFieldAndTheRightOneOpensTheJournal(FxRobot robot) {
        showDialog(robot);
        tryPassphrase(robot, "not it");
        Label error = robot.lookup("#unlockError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("The passphrase is wrong");
        assertThat(robot.lookup("#unlockPassphrase").queryAs(TextField.class).getText()).isEmpty();
        assertThat(dialog.isShowing()).isTrue();

        tryPassphrase(robot, RIGHT);
        assertThat(dialog.isShowing()).isFalse();
        JournalSession opened = dialog.getResult();
        assertThat(opened.isEncrypted()).isTrue();
        assertThat(opened.clients().all()).extracting(Client::name).containsExactly("Acme Holdings");
    }

    @Test
    void enterUnlocksAndAnEmptyFieldIsNotTried(FxRobot robot) {
        AtomicInteger tries = new AtomicInteger();
        robot.interact(() -> {
            dialog = new UnlockDialog(stage, "secret.rapport", Background.sameThread(), passphrase -> {
                tries.incrementAndGet();
                return JournalSession.openEncrypted(file, passphrase);
            });
            dialog.show();
        });
        robot.clickOn("#unlockButton");
        assertThat(tries).hasValue(0);
        assertThat(robot.lookup("#unlockError").queryAs(Label.class).getText()).isEqualTo("Type the passphrase first.");
        robot.clickOn("#unlockPassphrase").write(RIGHT).type(KeyCode.ENTER);
        assertThat(tries).hasValue(1);
        assertThat(dialog.getResult()).isNotNull();
    }

    @Test
    void afterTooManyWrongPassphrasesTheDialogGivesUp(FxRobot robot) {
        showDialog(robot);
        for (int i = 0; i < UnlockDialog.MAX_ATTEMPTS; i++) {
            tryPassphrase(robot, "wrong " + i);
        }
        assertThat(dialog.attempts()).isEqualTo(UnlockDialog.MAX_ATTEMPTS);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isNull();
    }

    @Test
    void theIdleLockFiresOnlyAfterTheLimitWithoutInput(FxRobot robot) {
        AtomicLong now = new AtomicLong(0);
        AtomicInteger locks = new AtomicInteger();
        IdleLock lock = new IdleLock(Duration.ofMinutes(10), now::get, locks::incrementAndGet);
        robot.interact(() -> lock.watch(stage.getScene()));
        now.set(Duration.ofMinutes(9).toNanos());
        lock.check();
        assertThat(locks).hasValue(0);
        robot.moveTo("#lockedUnlock").press(KeyCode.SHIFT).release(KeyCode.SHIFT);
        now.set(Duration.ofMinutes(18).toNanos());
        lock.check();
        assertThat(locks).as("input at minute 9 restarted the count").hasValue(0);
        now.set(Duration.ofMinutes(19).toNanos() + 1);
        lock.check();
        lock.check();
        assertThat(locks).as("locks once").hasValue(1);
    }
}
