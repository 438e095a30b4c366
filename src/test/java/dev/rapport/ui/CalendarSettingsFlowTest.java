package dev.rapport.ui;

import static dev.rapport.export.calendar.TestCalendarServer.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.export.calendar.CalendarSecrets;
import dev.rapport.export.calendar.TestCalendarServer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.settings.CalendarSettingsModel;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings → Calendars by keyboard alone: a calendar served on this machine added by its address
 * and a name, read again with Read now (the count of what moved and the time of the read shown),
 * then removed after the question, with no mouse touching the window.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarSettingsFlowTest {
    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private TestCalendarServer server;
    private JournalSession session;
    private Stage stage;
    private MainView main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.use(Language.ENGLISH);
        CalendarSecrets secrets = CalendarSecrets.inMemory();
        CalendarSettingsModel.secretStore = () -> secrets;
        server = new TestCalendarServer();
        server.serve(meeting("kickoff", "20261126T090000Z"), meeting("review", "20261127T130000Z"));
        session = UiTestSupport.journal(dir);
        Client northwind = session.clients().save(Client.create("Northwind Health Trust"));
        session.contacts().save(new Contact(0, northwind.id(), "Ona Petraitė", "", "ona@northwind.example", "", null, "", "", false));
        main = UiTestSupport.show(stage, session, dialogs);
    }

    @AfterEach
    void close() {
        CalendarSettingsModel.secretStore = CalendarSecrets::forThisComputer;
        session.close();
        server.close();
    }

    private static String meeting(String uid, String start) {
        return event("UID:" + uid, "SUMMARY:" + uid, "DTSTART:" + start, "ATTENDEE:mailto:ona@northwind.example");
    }

    private String focused() {
        Node owner = stage.getScene().getFocusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Tab until the control with this id has the focus, as a keyboard user would. */
    private void tabTo(KeyboardOnly keys, String id) {
        for (int i = 0; i < 150 && !id.equals(focused()); i++) {
            keys.key(KeyCode.TAB);
        }
        assertThat(focused()).as("Tab reaches " + id).isEqualTo(id);
    }

    private String said(FxRobot robot) {
        return robot.lookup("#settings-calendar-said").queryAs(Label.class).getText();
    }

    private int coming() {
        return session.meetings().between(Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-12-31T00:00:00Z")).size();
    }

    @Test
    void aCalendarIsAddedReadAndRemovedWithTheKeyboardAlone(FxRobot robot) {
        KeyboardOnly keys = new KeyboardOnly(robot, stage.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT8);
        tabTo(keys, "settings-calendar-address");
        keys.paste(server.address());
        keys.key(KeyCode.TAB);
        assertThat(focused()).isEqualTo("settings-calendar-name");
        keys.write("Work").key(KeyCode.ENTER);

        assertThat(said(robot)).isEqualTo(I18n.t("calendars.outcome.read", "Work", 2, 0, 0));
        @SuppressWarnings("unchecked")
        ListView<CalendarSettingsModel.Row> list = robot.lookup("#settings-calendar-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        CalendarSettingsModel.Row row = list.getItems().get(0);
        assertThat(row.title()).isEqualTo("Work");
        assertThat(row.shown()).isEqualTo("127.0.0.1/…/basic.ics");
        assertThat(row.lastRead()).isEqualTo(I18n.t("calendars.row.lastRead", Formats.dateTime(LocalDateTime.of(2026, 11, 25, 10, 0))));
        assertThat(coming()).isEqualTo(2);
        assertThat(focused()).as("the page built again keeps the focus where it was").isEqualTo("settings-calendar-name");

        // the kick-off moves; Read now for the calendar chosen in the list
        server.serve(meeting("kickoff", "20261126T150000Z"), meeting("review", "20261127T130000Z"));
        tabTo(keys, "settings-calendar-list");
        keys.key(KeyCode.HOME);
        assertThat(list.getSelectionModel().getSelectedItem()).isNotNull();
        tabTo(keys, "settings-calendar-read");
        keys.key(KeyCode.SPACE);
        assertThat(said(robot)).isEqualTo(I18n.t("calendars.outcome.read", "Work", 0, 1, 0));

        tabTo(keys, "settings-calendar-remove");
        keys.key(KeyCode.SPACE);
        assertThat(dialogs.asked).containsExactly(I18n.t("calendars.remove.title") + " | " + I18n.t("calendars.remove.question", "Work"));
        assertThat(list.getItems()).isEmpty();
        assertThat(said(robot)).isEqualTo(I18n.t("calendars.remove.done", "Work"));
        assertThat(session.data().calendarSources()).isEmpty();
        assertThat(coming()).isZero();
        keys.report("Settings → Calendars: add, read, remove");
    }

    @Test
    void aReadInTheBackgroundBringsItsMeetingsToTodayThroughTheChangeNotice(FxRobot robot) throws Exception {
        UiTestSupport.awaitShown(robot, "#today-view");
        assertThat(robot.lookup("#today-meetings").tryQuery()).isEmpty();
        robot.interact(() -> {
            CalendarSettingsModel model = CalendarSettingsModel.of(main.context());
            model.addressProperty().set(server.address());
            model.add();
        });
        // Today was not told by the reading: it follows the journal's change notice, a pulse later
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#today-meetings").tryQuery().isPresent());
        String shown = RawKeyScan.texts(robot.lookup("#today-meetings").query()).toString();
        assertThat(shown).contains("kickoff", "review");
    }
}
