package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.Promise;
import dev.rapport.ui.common.Formats;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, flow (e): from the main window, Ctrl+L, the line, Enter saves the entry and its promise
 * linked to it. Keys only: every key goes through {@link Keys}, which has no mouse.
 */
@ExtendWith(ApplicationExtension.class)
class QuickLogKeysTest {
    private static final String LINE = "nor call: sent the draft; promise: revised budget by fri @ilona";

    @TempDir
    static Path dir;
    private JournalSession session;
    private MainView main;
    private Client nordlys;
    private Contact ilona;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir.resolve(String.valueOf(System.nanoTime())));
        nordlys = session.clients().save(Client.create("Nordlys Energi"));
        ilona = session.contacts().save(Contact.create(nordlys.id(), "Ilona Kask"));
        session.clients().save(Client.create("Baltic Freight"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    /**
     * The keyboard robot, counting the keys pressed beside the typed text. It has no mouse, and
     * {@link #mouseUntouched} fails the test if the pointer moved since it was made.
     */
    private static final class Keys {
        private final FxRobot robot;
        private final Point2D mouseAtStart;
        private int count;

        Keys(FxRobot robot) {
            this.robot = robot;
            this.mouseAtStart = robot.robotContext().getBaseRobot().retrieveMouse();
        }

        void mouseUntouched() {
            assertThat(robot.robotContext().getBaseRobot().retrieveMouse()).as("the mouse was not used").isEqualTo(mouseAtStart);
        }

        void chord(KeyCode... codes) {
            robot.press(codes);
            for (int i = codes.length - 1; i >= 0; i--) {
                robot.release(codes[i]);
            }
            count++;
        }

        void write(String text) {
            robot.write(text);
        }
    }

    @Test
    void ctrlLThenTheLineThenEnterSavesTheEntryAndItsPromiseLinked(FxRobot robot) {
        Keys keys = new Keys(robot);
        robot.interact(main::focusSearch);
        Node before = main.getScene().getFocusOwner();
        assertThat(before).isNotNull();

        keys.chord(KeyCode.CONTROL, KeyCode.L);
        TextField line = robot.lookup("#quicklog-line").queryAs(TextField.class);
        assertThat(line.isFocused()).as("the line takes the keyboard").isTrue();
        keys.write(LINE);
        LocalDate friday = UiTestSupport.CLOCK.instant().atZone(UiTestSupport.CLOCK.getZone()).toLocalDate()
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        assertThat(robot.lookup("#quicklog-preview .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(I18n.t("quickLog.preview.client") + ": Nordlys Energi", I18n.t("quickLog.preview.people") + ": Ilona Kask",
                        I18n.t("quickLog.preview.entry") + ": sent the draft")
                .anySatisfy(t -> assertThat(t).startsWith(I18n.t("quickLog.part.promise") + ": revised budget — ")
                        .contains(Formats.date(friday), friday.getDayOfWeek().getDisplayName(TextStyle.FULL, I18n.messages().locale())).endsWith(" · @Ilona Kask"));
        keys.chord(KeyCode.ENTER);

        List<JournalEntry> entries = session.interactions().forClient(nordlys.id(), 10, 0);
        assertThat(entries).hasSize(1);
        List<Promise> promises = session.ledger().promises(nordlys.id());
        assertThat(promises).singleElement().satisfies(p -> {
            assertThat(p.what()).isEqualTo("revised budget");
            assertThat(p.due()).isEqualTo(friday);
            assertThat(p.contactId()).isEqualTo(ilona.id());
            Interaction entry = session.interactions().find(p.interactionId()).orElseThrow();
            assertThat(entry.title()).isEqualTo("sent the draft");
            assertThat(entry.contactIds()).containsExactly(ilona.id());
        });
        assertThat(robot.lookup("#quicklog-line").tryQuery()).as("the line closed").isEmpty();
        assertThat(main.getScene().getFocusOwner()).as("focus is back where it was").isSameAs(before);
        keys.mouseUntouched();
        System.out.println("Quick log flow (e): " + keys.count + " keys beside " + LINE.length() + " typed characters");
        assertThat(keys.count).isEqualTo(2);
    }

    @Test
    void escLeavesWithoutSavingAndAWrongLineSaysWhichPart(FxRobot robot) {
        Keys keys = new Keys(robot);
        keys.chord(KeyCode.CONTROL, KeyCode.L);
        keys.write("zz call: hello");
        assertThat(robot.lookup("#quicklog-issue-client").queryAs(Label.class).getText())
                .startsWith(I18n.t("quickLog.part.client") + ": ").contains("zz");
        keys.chord(KeyCode.ENTER);
        assertThat(robot.lookup("#quicklog-line").tryQuery()).as("a wrong line stays open").isPresent();
        keys.chord(KeyCode.ESCAPE);
        assertThat(robot.lookup("#quicklog-line").tryQuery()).isEmpty();
        assertThat(session.interactions().forClient(nordlys.id(), 10, 0)).isEmpty();
        keys.mouseUntouched();
    }
}
