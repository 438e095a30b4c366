package dev.rapport.ui.security;

import atlantafx.base.theme.PrimerLight;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.ui.FakeDialogs;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Encrypt, change the passphrase and decrypt the open journal from the window, as a user would. */
@ExtendWith(ApplicationExtension.class)
class EncryptionActionsTest {
    @TempDir
    Path dir;

    private Stage stage;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<JournalSession> shown = new ArrayList<>();
    private JournalSession plain;
    private EncryptionActions actions;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        plain = JournalSession.open(dir.resolve("j.rapport"));
        plain.clients().save(Client.create("Acme Holdings"));
        actions = new EncryptionActions(stage, Background.sameThread(), dialogs);
        stage.setScene(new Scene(new StackPane(new Label("main window")), 800, 500));
        stage.show();
    }

    @AfterEach
    void closeAll() {
        plain.close();
        shown.forEach(JournalSession::close);
    }

    private JournalSession last() {
        return shown.get(shown.size() - 1);
    }

    @Test
    void encryptAskTwiceShowsProgressAndReopensEncrypted(FxRobot robot) {
        robot.interact(() -> actions.encrypt(plain, shown::add));
        robot.clickOn("#newPassphrase").write("first passphrase");
        robot.clickOn("#newPassphraseAgain").write("first passphrasf");
        robot.clickOn("#passphraseOk");
        assertThat(robot.lookup("#passphraseError").queryAs(Label.class).getText()).isEqualTo("The two passphrases differ.");
        robot.clickOn("#newPassphrase").write("short");
        robot.clickOn("#passphraseOk");
        assertThat(robot.lookup("#passphraseError").queryAs(Label.class).getText()).contains("at least 8 characters");
        robot.clickOn("#newPassphrase").write("first passphrase");
        robot.clickOn("#newPassphraseAgain").write("first passphrase");
        robot.clickOn("#passphraseOk");

        assertThat(shown).hasSize(1);
        assertThat(last().isEncrypted()).isTrue();
        assertThat(JournalSession.isEncrypted(dir.resolve("j.rapport"))).isTrue();
        assertThat(last().clients().all()).extracting(Client::name).containsExactly("Acme Holdings");
        assertThat(dialogs.errors).isEmpty();

        // Change the passphrase: the current one is checked first.
        JournalSession encrypted = last();
        List<String> done = new ArrayList<>();
        robot.interact(() -> actions.changePassphrase(encrypted, () -> done.add("changed")));
        robot.clickOn("#currentPassphrase").write("not the passphrase");
        robot.clickOn("#passphraseOk");
        assertThat(robot.lookup("#passphraseError").queryAs(Label.class).getText()).isEqualTo("The passphrase is wrong.");
        robot.clickOn("#currentPassphrase").write("first passphrase");
        robot.clickOn("#passphraseOk");
        robot.clickOn("#newPassphrase").write("second passphrase");
        robot.clickOn("#newPassphraseAgain").write("second passphrase");
        robot.clickOn("#passphraseOk");
        assertThat(done).containsExactly("changed");
        assertThat(encrypted.passphraseMatches("second passphrase".toCharArray())).isTrue();

        // Decrypt: confirmed, then the passphrase again.
        robot.interact(() -> actions.decrypt(encrypted, shown::add));
        assertThat(dialogs.asked).anySatisfy(q -> assertThat(q).startsWith("Decrypt j.rapport?"));
        robot.clickOn("#currentPassphrase").write("second passphrase");
        robot.clickOn("#passphraseOk");
        assertThat(shown).hasSize(2);
        assertThat(last().isEncrypted()).isFalse();
        assertThat(JournalSession.isEncrypted(dir.resolve("j.rapport"))).isFalse();
        assertThat(last().clients().all()).hasSize(1);
    }

    @Test
    void decryptingIsNotStartedWithoutConfirmation(FxRobot robot) {
        JournalSession encrypted = JournalSession.openEncrypted(dir.resolve("e.rapport"), "some passphrase".toCharArray());
        shown.add(encrypted);
        dialogs.answer = false;
        robot.interact(() -> actions.decrypt(encrypted, shown::add));
        assertThat(robot.lookup("#currentPassphrase").tryQuery()).isEmpty();
        assertThat(JournalSession.isEncrypted(dir.resolve("e.rapport"))).isTrue();
    }
}
