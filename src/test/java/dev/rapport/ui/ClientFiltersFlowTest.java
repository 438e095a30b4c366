package dev.rapport.ui;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Interaction;
import dev.rapport.model.Rhythm;
import dev.rapport.ui.common.DateField;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The client list's tag, rhythm and last-contact filters, a saved view, and a bulk change with its count, confirmation and undo. */
@ExtendWith(ApplicationExtension.class)
class ClientFiltersFlowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private final FakeDialogs dialogs = new FakeDialogs();
    private Client fresh;
    private Client quiet;
    private Client gone;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        fresh = client("Fresh Ltd", 2);
        quiet = client("Quiet Ltd", 20);
        gone = client("Gone Ltd", 40);
        session.clientList().setTags(fresh.id(), "retainer");
        session.clientList().setTags(gone.id(), "retainer, public-sector");
        main = UiTestSupport.show(stage, session, dialogs);
        main.showClients();
    }

    private Client client(String name, int daysAgo) {
        Client c = session.clients().save(new Client(0, name, ClientStatus.ACTIVE, false, "", "", new Rhythm(14, 30)));
        session.interactions().save(new Interaction(0, c.id(), TODAY.minusDays(daysAgo).atTime(9, 0), Channel.CALL, "Call", "", "",
                List.of(), null, List.of()));
        return c;
    }

    @AfterEach
    void close() {
        session.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> shown(FxRobot robot) {
        TableView<dev.rapport.model.ClientOverview> table = robot.lookup("#clients-table").queryAs(TableView.class);
        return table.getItems().stream().map(o -> o.client().name()).sorted().toList();
    }

    private String count(FxRobot robot) {
        return robot.lookup("#clients-count").queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filterByTagRhythmAndLastContactThenBulkChangeAndUndo(FxRobot robot) {
        assertThat(count(robot)).isEqualTo("3 clients");
        ComboBox<String> tag = robot.lookup("#clients-tag").queryAs(ComboBox.class);
        assertThat(tag.getItems()).containsExactly(null, "public-sector", "retainer");
        assertThat(tag.getConverter().toString(null)).isEqualTo(dev.rapport.i18n.I18n.t("clients.filter.anyTag"));
        robot.interact(() -> tag.setValue("retainer"));
        assertThat(shown(robot)).containsExactly("Fresh Ltd", "Gone Ltd");
        assertThat(count(robot)).isEqualTo("2 of 3 clients");

        ComboBox<dev.rapport.model.RhythmState> rhythm = robot.lookup("#clients-rhythm").queryAs(ComboBox.class);
        robot.interact(() -> rhythm.setValue(dev.rapport.model.RhythmState.RED));
        assertThat(shown(robot)).containsExactly("Gone Ltd");
        robot.interact(() -> rhythm.setValue(null));
        robot.interact(() -> tag.setValue(null));
        robot.interact(() -> robot.lookup("#clients-contact-after").queryAs(DateField.class).setValue(TODAY.minusDays(25)));
        assertThat(shown(robot)).containsExactly("Fresh Ltd", "Quiet Ltd");
        robot.interact(() -> robot.lookup("#clients-contact-before").queryAs(DateField.class).setValue(TODAY.minusDays(10)));
        assertThat(shown(robot)).containsExactly("Quiet Ltd");

        // Save the view, clear the filters, pick the view again.
        robot.clickOn("#clients-save-view");
        robot.clickOn("#view-name").write("Went quiet this month");
        robot.clickOn("#form-save");
        robot.interact(() -> robot.lookup("#clients-contact-after").queryAs(DateField.class).setValue(null));
        robot.interact(() -> robot.lookup("#clients-contact-before").queryAs(DateField.class).setValue(null));
        assertThat(shown(robot)).hasSize(3);
        ComboBox<Object> views = robot.lookup("#clients-views").queryAs(ComboBox.class);
        assertThat(views.getItems()).hasSize(1);
        robot.interact(() -> views.setValue(views.getItems().get(0)));
        assertThat(shown(robot)).containsExactly("Quiet Ltd");

        // Bulk: the retainer clients become paused and get a tag, after a confirmation naming the count.
        robot.interact(() -> robot.lookup("#clients-contact-after").queryAs(DateField.class).setValue(null));
        robot.interact(() -> robot.lookup("#clients-contact-before").queryAs(DateField.class).setValue(null));
        robot.interact(() -> tag.setValue("retainer"));
        robot.clickOn("#clients-bulk");
        UiTestSupport.clickWhenShown(robot, "#bulk-status-paused");
        assertThat(dialogs.asked).containsExactly("Set status: Paused | Set the status of 2 clients to paused?");
        assertThat(session.clients().get(fresh.id()).status()).isEqualTo(ClientStatus.PAUSED);
        assertThat(session.clients().get(gone.id()).status()).isEqualTo(ClientStatus.PAUSED);
        assertThat(session.clients().get(quiet.id()).status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .isEqualTo("Set the status of 2 clients to paused: done.");
        robot.clickOn("#status-undo");
        assertThat(session.clients().get(fresh.id()).status()).isEqualTo(ClientStatus.ACTIVE);
        assertThat(session.clients().get(gone.id()).status()).isEqualTo(ClientStatus.ACTIVE);

        robot.clickOn("#clients-bulk-tag").write("q1-review");
        robot.clickOn("#clients-bulk");
        UiTestSupport.clickWhenShown(robot, "#bulk-add-tag");
        assertThat(dialogs.asked).last().isEqualTo("Add the tag | Add the tag “q1-review” to 2 clients?");
        assertThat(session.clientList().tags().get(gone.id())).containsExactly("public-sector", "q1-review", "retainer");

        dialogs.answer = false;
        robot.clickOn("#clients-bulk");
        UiTestSupport.clickWhenShown(robot, "#bulk-archive");
        assertThat(session.clients().get(fresh.id()).archived()).isFalse();
    }
}
