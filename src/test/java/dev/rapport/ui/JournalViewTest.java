package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

@ExtendWith(ApplicationExtension.class)
class JournalViewTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private final FakeDialogs dialogs = new FakeDialogs();

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        Client acme = session.clients().save(Client.create("Acme"));
        Client beta = session.clients().save(Client.create("Beta"));
        session.interactions().save(entry(acme, "Call about invoices", Channel.CALL, LocalDateTime.of(2026, 11, 2, 9, 0), "finance"));
        session.interactions().save(entry(acme, "Workshop", Channel.MEETING, LocalDateTime.of(2026, 11, 10, 9, 0), "design"));
        session.interactions().save(entry(beta, "Status mail", Channel.EMAIL, LocalDateTime.of(2026, 11, 20, 9, 0), "status"));
        UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static Interaction entry(Client c, String title, Channel ch, LocalDateTime at, String tag) {
        return new Interaction(0, c.id(), at, ch, title, "Summary", "secret", List.of(tag), null, List.of());
    }

    @Test
    void theJournalListsAllClientsNewestFirstAndFilters(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        assertThat(titles(list)).containsExactly("Status mail", "Workshop", "Call about invoices");
        assertThat(robot.lookup("#journal-count").queryAs(Label.class).getText()).isEqualTo("3 entries");

        ComboBox<Channel> channels = robot.lookup("#journal-channel").queryAs(ComboBox.class);
        robot.interact(() -> channels.getSelectionModel().select(Channel.CALL));
        assertThat(titles(list)).containsExactly("Call about invoices");

        robot.interact(() -> robot.lookup("#journal-channel").queryAs(ComboBox.class).setValue(null));
        ComboBox<Client> clients = robot.lookup("#journal-client").queryAs(ComboBox.class);
        robot.interact(() -> clients.getSelectionModel().select(clients.getItems().stream()
                .filter(c -> c != null && c.name().equals("Beta")).findFirst().orElseThrow()));
        assertThat(titles(list)).containsExactly("Status mail");
        assertThat(robot.lookup("#journal-count").queryAs(Label.class).getText()).isEqualTo("1 entry");
    }

    @Test
    void anEndDateBeforeTheStartIsExplainedAtTheFilters(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        robot.clickOn("#journal-from").write("11/15/2026").press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.clickOn("#journal-to").write("11/01/2026").press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#journal-filter-error").queryAs(Label.class).getText()).contains("before the start date");
    }

    @Test
    void openingAnEntryEditsItAndDeletingOffersUndo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        openWithKeyboard(robot, "Workshop");
        robot.interact(() -> robot.lookup("#entry-title").queryTextInputControl().clear());
        UiTestSupport.type(robot, "#entry-title", "Design workshop");
        robot.clickOn("#form-save");
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        assertThat(titles(list)).contains("Design workshop");

        openWithKeyboard(robot, "Design workshop");
        robot.interact(() -> robot.lookup("#entry-delete").queryButton().fire());
        assertThat(titles(list)).doesNotContain("Design workshop");
        assertThat(dialogs.asked).hasSize(1);
        robot.clickOn("#status-undo");
        assertThat(titles(list)).contains("Design workshop");
        assertThat(session.interactions().count(dev.rapport.model.JournalFilter.ALL)).isEqualTo(3);
    }

    @Test
    void searchingOpensAnEntryWithTheKeyboard(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("invoic");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(robot.lookup("#entry-title").queryTextInputControl().getText()).isEqualTo("Call about invoices");
    }

    /** Selects an entry by its title and opens it with Enter, as a keyboard user would. */
    private static void openWithKeyboard(FxRobot robot, String title) {
        ListView<?> list = robot.lookup("#journal-list").queryAs(ListView.class);
        int index = titles(list).indexOf(title);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(index);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        UiTestSupport.clickWhenShown(robot, "#entry-title");
    }

    private static List<String> titles(ListView<?> list) {
        return list.getItems().stream().map(e -> ((dev.rapport.model.JournalEntry) e).interaction().title()).toList();
    }
}
