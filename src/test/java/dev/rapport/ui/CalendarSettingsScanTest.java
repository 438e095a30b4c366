package dev.rapport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.export.calendar.CalendarSecrets;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.CalendarSource;
import dev.rapport.ui.common.TextScale;
import dev.rapport.ui.settings.CalendarSettingsModel;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen-wide scans walk Settings with no calendar followed; this one shows the Calendars card
 * with a calendar read well and one whose last read failed, at 150 % in every language: every
 * control named, every input labelled, no text cut, no raw key.
 */
@ExtendWith(ApplicationExtension.class)
class CalendarSettingsScanTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        CalendarSecrets secrets = CalendarSecrets.inMemory();
        CalendarSettingsModel.secretStore = () -> secrets;
        session = UiTestSupport.journal(dir);
        Instant now = session.clock().instant();
        CalendarSource work = session.data().addCalendarSource("ref-work", "calendar.google.com/…/basic.ics");
        session.data().nameCalendar("ref-work", "Work");
        session.data().calendarUnchanged(work.id(), now);
        CalendarSource team = session.data().addCalendarSource("ref-team", "outlook.office365.com/…");
        session.data().calendarFailed(team.id(), now, "calendar.feed.serverError", List.of("outlook.office365.com", "503"));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> TextScale.use(100));
        I18n.use(Language.ENGLISH);
        CalendarSettingsModel.secretStore = CalendarSecrets::forThisComputer;
        session.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theCardIsNamedLabelledAndWholeAt150Percent(Language language, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            I18n.use(language);
            TextScale.use(150);
            UiTestSupport.show(stage, session, new FakeDialogs());
            stage.getScene().getAccelerators().get(new KeyCodeCombination(KeyCode.DIGIT8, KeyCombination.SHORTCUT_DOWN)).run();
        });
        UiTestSupport.awaitShown(robot, "#settings-calendars");
        robot.interact(() -> {
            Parent card = (Parent) stage.getScene().lookup("#settings-calendars");
            card.requestFocus();
            @SuppressWarnings("unchecked")
            ListView<CalendarSettingsModel.Row> list = (ListView<CalendarSettingsModel.Row>) card.lookup("#settings-calendar-list");
            assertThat(list.getItems()).hasSize(2);
            assertThat(list.getItems().get(1).failure()).isEqualTo(I18n.t("calendar.feed.serverError", "outlook.office365.com", "503"));
            AccessibilityScanTest.unnamed(card).forEach(p -> problems.add("unnamed: " + p));
            CutText.under(card).forEach(p -> problems.add("cut: " + p));
            RawKeyScan.rawKeys(card).forEach(p -> problems.add("raw key: " + p));
        });
        assertThat(problems).as("the Calendars card in " + language.code()).isEmpty();
    }
}
