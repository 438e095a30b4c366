package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Rhythm;
import dev.rapport.ui.common.DateField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/** Alt+P, Alt+R and Alt+X open a promise, a request and a problem for the client on screen. */
@ExtendWith(ApplicationExtension.class)
class QuickEntryKeysTest {
    @TempDir
    static Path dir;
    private JournalSession session;
    private MainView main;
    private Client client;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        client = session.clients().save(new Client(0, "Baltic Freight", ClientStatus.ACTIVE, false, "", "", Rhythm.DEFAULT));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void altPOpensAPromiseForTheClientOnScreenAndSavesIt(FxRobot robot) {
        robot.interact(() -> main.showClient(client.id()));
        robot.press(KeyCode.ALT, KeyCode.P).release(KeyCode.P, KeyCode.ALT);
        assertThat(robot.lookup("#promise-what").tryQuery()).isPresent();
        ComboBox<Client> picker = robot.lookup("#promise-client").queryComboBox();
        assertThat(picker.getValue()).isEqualTo(client);
        UiTestSupport.type(robot, "#promise-what", "Send the route plan");
        DateField due = robot.lookup("#promise-due").queryAs(DateField.class);
        robot.interact(() -> due.getEditor().requestFocus());
        robot.write("2026-11-30");
        robot.clickOn("#form-save");
        assertThat(session.ledger().promises(client.id())).extracting(p -> p.what()).containsExactly("Send the route plan");
    }

    @Test
    void altRAndAltXOpenARequestAndAProblemWithTheClientChosen(FxRobot robot) {
        robot.interact(() -> main.showClient(client.id()));
        robot.press(KeyCode.ALT, KeyCode.R).release(KeyCode.R, KeyCode.ALT);
        assertThat(robot.lookup("#request-subject").tryQuery()).isPresent();
        robot.clickOn("#form-cancel");
        robot.press(KeyCode.ALT, KeyCode.X).release(KeyCode.X, KeyCode.ALT);
        ComboBox<Client> picker = robot.lookup("#problem-client").queryComboBox();
        assertThat(picker.getValue()).isEqualTo(client);
    }
}
