package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.Meeting;
import dev.rapport.model.Promise;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 23's flow by keys alone, through a robot with no mouse: a meeting that ended a quarter of an hour
 * ago waits on Today as "Write up"; the row is reached with the arrow keys, Enter opens a new entry filled
 * in from the meeting, one promise is added, Ctrl+Enter saves — and the row is gone, the entry is linked to
 * the meeting and the client's rhythm counts it as today's contact.
 */
@ExtendWith(ApplicationExtension.class)
class WriteUpFlowTest {
    /** The Friday after the test clock's Wednesday 25 November 2026, a week on. */
    private static final LocalDate NEXT_FRIDAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path dir;
    private JournalSession session;
    private MainView main;
    private Client nordlys;
    private Contact ilona;
    private Meeting review;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Baltic Freight"));
        nordlys = session.clients().save(Client.create("Nordlys Energija"));
        ilona = session.contacts().save(Contact.create(nordlys.id(), "Ilona Berg"));
        session.contacts().save(Contact.create(nordlys.id(), "Jonas Petrauskas"));
        ZonedDateTime end = session.clock().instant().minusSeconds(15 * 60).atZone(session.clock().getZone());
        review = session.meetings().store(List.of(new Meeting(0, "review@nordlys", nordlys.id(), "Quarterly review", end.minusMinutes(45),
                end, "", List.of(ilona.id()), null))).get(0);
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Node focused() {
        WaitForAsyncUtils.waitForFxEvents();
        return main.getScene().getFocusOwner();
    }

    @Test
    void aMeetingEndedAQuarterOfAnHourAgoIsWrittenUpWithAPromiseByKeysAlone(FxRobot robot) {
        String rowId = "today-item-write-up-" + review.id() + "-" + nordlys.id();
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 10 && (focused() == null || !rowId.equals(focused().getId())); i++) {
            keys.key(KeyCode.DOWN);
        }
        Node row = focused();
        assertThat(row.getId()).as("the Write up row has the keys").isEqualTo(rowId);
        assertThat(row.getAccessibleText()).startsWith(I18n.t("writeup.today.title", "Quarterly review"));
        assertThat(row.getAccessibleHelp()).isEqualTo(I18n.t("writeup.today.keys", "W", "D"));

        keys.key(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entry-title").queryAs(TextField.class).getText()).isEqualTo("Quarterly review");
        assertThat(robot.lookup("#entry-time").queryAs(TextField.class).getText()).isEqualTo("09:00");
        assertThat(robot.lookup("#entry-minutes").queryAs(TextField.class).getText()).isEqualTo("45");
        assertThat(robot.lookup("#entry-channel").queryAs(ComboBox.class).getValue()).isEqualTo(Channel.MEETING);
        assertThat(robot.lookup("#entry-people").lookup(".check-box").queryAllAs(CheckBox.class))
                .extracting(CheckBox::getText, CheckBox::isSelected)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ilona Berg", true),
                        org.assertj.core.groups.Tuple.tuple("Jonas Petrauskas", false));

        keys.key(KeyCode.ALT, KeyCode.P)
                .write("Send the revised budget").key(KeyCode.TAB)
                .write(NEXT_FRIDAY.toString())
                .key(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        keys.report("write-up of a meeting with a promise, from Today");

        assertThat(main.openSheet()).isNull();
        assertThat(robot.lookup("#" + rowId).tryQuery()).as("the write-up left Today").isEmpty();
        List<Interaction> entries = session.interactions().page(JournalFilter.ALL, 10, 0).stream().map(JournalEntry::interaction).toList();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.clientId()).isEqualTo(nordlys.id());
            assertThat(e.channel()).isEqualTo(Channel.MEETING);
            assertThat(e.title()).isEqualTo("Quarterly review");
            assertThat(e.moment()).isEqualTo(review.starts());
            assertThat(e.contactIds()).containsExactly(ilona.id());
            assertThat(session.writeUps().ofEntry(e.id())).get().extracting(s -> s.meetingId(), s -> s.minutes())
                    .containsExactly(review.id(), 45);
            assertThat(session.conversations().promises(e.id())).extracting(Promise::what, Promise::due)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Send the revised budget", NEXT_FRIDAY));
        });
        assertThat(session.writeUps().pending()).isEmpty();
        assertThat(session.clients().overview(nordlys.id()).orElseThrow().daysSinceLastContact()).as("the rhythm counts it").isZero();
    }

    @Test
    void dByKeysDismissesTheWriteUpAndItStaysDismissed(FxRobot robot) {
        String rowId = "today-item-write-up-" + review.id() + "-" + nordlys.id();
        KeyboardOnly keys = new KeyboardOnly(robot, main.getScene());
        keys.key(KeyCode.CONTROL, KeyCode.DIGIT1);
        for (int i = 0; i < 10 && (focused() == null || !rowId.equals(focused().getId())); i++) {
            keys.key(KeyCode.DOWN);
        }
        assertThat(focused().getId()).isEqualTo(rowId);

        keys.key(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#" + rowId).tryQuery()).isEmpty();
        assertThat(robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo(I18n.t("writeup.today.dismissed", "Quarterly review"));
        assertThat(session.writeUps().pending()).isEmpty();
        assertThat(main.openSheet()).as("dismissing opens nothing").isNull();
    }
}
