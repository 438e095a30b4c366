package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Promise;
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
import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date fields read what people type, by keys alone: the journal's today is Wednesday
 * 25 November 2026 (UiTestSupport's clock), so "fri" is the 27th.
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldFlowTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    @TempDir
    static Path dir;
    private JournalSession session;
    private MainView main;
    private Client client;

    @Start
    void start(Stage stage) {
        I18n.use(Language.ENGLISH);
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        client = session.clients().save(new Client(0, "Baltic Freight", ClientStatus.ACTIVE, false, "", "", Rhythm.DEFAULT));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    @Test
    void friTypedIntoThePromiseSheetByKeysIsSavedAsTheComingFriday(FxRobot robot) {
        robot.interact(() -> main.showClient(client.id()));
        keys(robot, KeyCode.ALT, KeyCode.P);
        UiTestSupport.awaitShown(robot, "#promise-due");
        assertThat(focused(robot)).as("the sheet opens on what was promised").isInstanceOf(TextArea.class);
        robot.write("Send the route plan");
        keys(robot, KeyCode.CONTROL, KeyCode.TAB); // out of the text area
        keys(robot, KeyCode.TAB); // past "made on"
        assertThat(focused(robot)).isSameAs(field(robot, "#promise-due").getEditor());
        robot.write("fri");
        assertThat(field(robot, "#promise-due").getValue()).isEqualTo(FRIDAY);
        assertThat(understood(robot, "#promise-due")).isEqualTo("Nov 27, 2026 · Friday · in 2 days");
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);

        assertThat(session.ledger().promises(client.id())).singleElement().satisfies(p -> {
            assertThat(p.what()).isEqualTo("Send the route plan");
            assertThat(p.due()).isEqualTo(FRIDAY);
            assertThat(p.madeOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        });
    }

    @Test
    void anIsoDateIsTakenAndWrittenBackInTheLanguagesFormat(FxRobot robot) {
        robot.interact(() -> main.showClient(client.id()));
        keys(robot, KeyCode.ALT, KeyCode.P);
        UiTestSupport.awaitShown(robot, "#promise-due");
        DateField due = field(robot, "#promise-due");
        robot.write("Send the route plan");
        robot.interact(() -> due.getEditor().requestFocus());
        robot.write("2026-12-25");
        assertThat(due.getValue()).isEqualTo(LocalDate.of(2026, 12, 25));
        keys(robot, KeyCode.ENTER);
        assertThat(due.getEditor().getText()).isEqualTo("Dec 25, 2026");
        keys(robot, KeyCode.UP);
        keys(robot, KeyCode.UP);
        keys(robot, KeyCode.DOWN);
        assertThat(due.getValue()).as("↑ and ↓ step a day").isEqualTo(LocalDate.of(2026, 12, 26));
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(session.ledger().promises(client.id())).extracting(Promise::due).containsExactly(LocalDate.of(2026, 12, 26));
    }

    @Test
    void wordsThatAreNoDateAreRefusedAtTheFieldAndNothingIsSaved(FxRobot robot) {
        robot.interact(() -> main.showClient(client.id()));
        keys(robot, KeyCode.ALT, KeyCode.P);
        UiTestSupport.awaitShown(robot, "#promise-due");
        DateField due = field(robot, "#promise-due");
        robot.write("Send the route plan");
        robot.interact(() -> due.getEditor().requestFocus());
        robot.write("whenever");
        assertThat(due.isUnderstood()).isFalse();
        assertThat(understood(robot, "#promise-due")).isEqualTo(I18n.t("common.date.notUnderstood", "Nov 25, 2026"));
        keys(robot, KeyCode.CONTROL, KeyCode.ENTER);
        assertThat(session.ledger().promises(client.id())).isEmpty();
        assertThat(robot.lookup("#error-due").queryAs(Label.class).getText()).isEqualTo(I18n.t("ledger.input.notADate",
                I18n.t("ledger.promise.due"), "whenever", "Mar 31, 2026"));
    }

    @Test
    void aUkrainianFieldReadsUkrainianWeekdays(FxRobot robot) {
        robot.interact(() -> I18n.use(Language.UKRAINIAN));
        DateField field = new DateField(session.clock());
        robot.interact(() -> field.getEditor().setText("наступного вівторка"));
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 12, 1));
        robot.interact(() -> field.getEditor().setText("пт"));
        assertThat(field.getValue()).isEqualTo(FRIDAY);
        robot.interact(() -> field.getEditor().setText("fri"));
        assertThat(field.getValue()).isNull();
        assertThat(field.isUnderstood()).isFalse();
        robot.interact(() -> field.setValue(FRIDAY));
        assertThat(field.getEditor().getText()).isEqualTo("27 лист. 2026 р.");
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
    }

    private static Node focused(FxRobot robot) {
        return robot.lookup("#promise-due").query().getScene().getFocusOwner();
    }

    private static DateField field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(DateField.class);
    }

    private static String understood(FxRobot robot, String query) {
        return robot.from(field(robot, query)).lookup(".date-understood").queryAs(Label.class).getText();
    }
}
