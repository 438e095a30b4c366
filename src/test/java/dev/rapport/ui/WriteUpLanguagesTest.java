package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Meeting;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In every language, Today's Write up row, its coming-meeting row and the write-up sheet show their own
 * words (no raw key) and cut none of them short at 1280×800.
 */
@ExtendWith(ApplicationExtension.class)
class WriteUpLanguagesTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;
    private Meeting review;
    private Client nordlys;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        nordlys = session.clients().save(Client.create("Nordlys Energija"));
        Contact ilona = session.contacts().save(Contact.create(nordlys.id(), "Ilona Berg"));
        Contact jonas = session.contacts().save(Contact.create(nordlys.id(), "Jonas Petrauskas"));
        ZonedDateTime end = session.clock().instant().minusSeconds(15 * 60).atZone(session.clock().getZone());
        review = session.meetings().store(List.of(new Meeting(0, "review", nordlys.id(), "Quarterly review", end.minusMinutes(45), end,
                "", List.of(ilona.id(), jonas.id()), null))).get(0);
        session.meetings().store(List.of(new Meeting(0, "steerco", nordlys.id(), "Steering committee", end.plusDays(1), end.plusDays(1)
                .plusHours(1), "", List.of(ilona.id()), null)));
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theWriteUpRowAndSheetReadWholeInEveryLanguage(Language language, FxRobot robot) {
        robot.interact(() -> I18n.use(language));
        robot.interact(() -> UiTestSupport.show(stage, session, new FakeDialogs()));
        List<String> problems = new ArrayList<>();
        MainView root = (MainView) stage.getScene().getRoot();
        robot.interact(root::showToday);
        WaitForAsyncUtils.waitForFxEvents();
        String rowId = "#today-item-write-up-" + review.id() + "-" + nordlys.id();
        assertThat(robot.lookup(rowId).tryQuery()).isPresent();
        assertThat(robot.lookup("#today-meetings").tryQuery()).isPresent();
        CutText.under(root).forEach(f -> problems.add("Today: " + f));
        RawKeyScan.rawKeys(root).forEach(k -> problems.add("Today, raw key: " + k));

        robot.interact(() -> robot.lookup(rowId).query().requestFocus());
        robot.type(KeyCode.W);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#entry-minutes").tryQuery()).as("the write-up sheet is open").isPresent();
        CutText.under(root).forEach(f -> problems.add("write-up sheet: " + f));
        RawKeyScan.rawKeys(root).forEach(k -> problems.add("write-up sheet, raw key: " + k));
        assertThat(problems).as("texts cut short or untranslated in " + language.code()).isEmpty();
    }
}
