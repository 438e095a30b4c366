package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Promise;
import dev.rapport.model.SearchHit;
import dev.rapport.ui.search.SearchBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;

import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing in the search box finds a promise; Enter opens its sheet. */
@ExtendWith(ApplicationExtension.class)
class LedgerSearchFlowTest {
    @TempDir
    static Path dir;
    private JournalSession session;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        Client client = session.clients().save(Client.create("Baltic Freight"));
        session.ledger().save(Promise.create(client.id(), "Send the tariff table", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 30)));
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aPromiseIsFoundAndOpenedFromTheSearchBox(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("tarif");
        ListView<?> results = robot.lookup("#search-results").queryAs(ListView.class);
        assertThat(results.getItems()).extracting(r -> ((SearchBox.Row) r).heading()).contains("Promises, problems and requests");
        assertThat(results.getItems()).filteredOn(r -> ((SearchBox.Row) r).hit() != null)
                .extracting(r -> ((SearchBox.Row) r).hit().kind()).containsExactly(SearchHit.Kind.PROMISE);

        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        assertThat(robot.lookup("#promise-what").queryAs(TextArea.class).getText()).isEqualTo("Send the tariff table");
    }
}
