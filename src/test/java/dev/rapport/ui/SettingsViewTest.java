package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.i18n.LanguageChoice;
import dev.rapport.logic.JournalSession;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    @TempDir
    Path dir;

    private JournalSession session;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dev.rapport.ui.settings.TextSize.P100.applyAndSave());
        session.close();
        LanguageChoice.forget();
        I18n.use(Language.ENGLISH);
    }

    @Test
    void theLanguageSwitchesTheWindowWithoutRestarting(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        Node before = robot.lookup("#main-view").query();
        assertThat(robot.lookup("#settings-title").queryAs(Label.class).getText()).isEqualTo("Settings");

        robot.clickOn("#settings-language");
        UiTestSupport.clickWhenShown(robot, "Українська");

        assertThat(I18n.language()).isEqualTo(Language.UKRAINIAN);
        assertThat(LanguageChoice.saved()).contains(Language.UKRAINIAN);
        assertThat((Object) robot.lookup("#main-view").query()).isNotSameAs(before);
        assertThat(robot.lookup("#settings-title").queryAs(Label.class).getText()).isEqualTo("Налаштування");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getPromptText()).startsWith("Пошук клієнтів");
        assertThat((Object) robot.lookup("#settings-language").queryAs(ComboBox.class).getValue()).isEqualTo(Language.UKRAINIAN);
        assertThat(robot.lookup("Зберегти").tryQuery()).isPresent();
        assertThat(robot.lookup("Save").tryQuery()).isEmpty();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Rapport тепер розмовляє українською.");
        assertThat(session.clients().count()).isZero(); // the journal stayed open
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        UiTestSupport.awaitShown(robot, "#entry-date");
        assertThat(robot.lookup("#entry-date").queryAs(dev.rapport.ui.common.DateField.class).getEditor().getText())
                .as("a date field in the Ukrainian on-screen format").isEqualTo("25 лист. 2026 р.");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        robot.clickOn("#settings-language");
        UiTestSupport.clickWhenShown(robot, "English");
        assertThat(robot.lookup("#settings-title").queryAs(Label.class).getText()).isEqualTo("Settings");
        assertThat(robot.lookup("#search").queryAs(TextField.class).getPromptText()).startsWith("Search clients");
        assertThat(LanguageChoice.saved()).contains(Language.ENGLISH);
    }

    @Test
    void theDefaultRhythmIsWhatANewClientStartsWith(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        Spinner<?> ideal = robot.lookup("#settings-rhythm-ideal").queryAs(Spinner.class);
        Spinner<?> max = robot.lookup("#settings-rhythm-max").queryAs(Spinner.class);
        robot.interact(() -> {
            ideal.getEditor().setText("7");
            ideal.commitValue();
            max.getEditor().setText("21");
            max.commitValue();
        });
        robot.clickOn("#settings-rhythm-save");
        assertThat(robot.lookup("#settings-saved").queryAs(Label.class).getText()).contains("7–21 days");
        assertThat(session.settings().current().defaultRhythm().idealDays()).isEqualTo(7);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#client-rhythm-ideal").queryAs(TextField.class).getText()).isEqualTo("7");
        assertThat(robot.lookup("#client-rhythm-max").queryAs(TextField.class).getText()).isEqualTo("21");
    }

    @Test
    void aMaximumBelowTheIdealIsExplained(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        Spinner<?> ideal = robot.lookup("#settings-rhythm-ideal").queryAs(Spinner.class);
        robot.interact(() -> {
            ideal.getEditor().setText("40");
            ideal.commitValue();
        });
        robot.clickOn("#settings-rhythm-save");
        assertThat(robot.lookup("#settings-rhythm-error").queryAs(Label.class).getText()).contains("at least the ideal");
        assertThat(session.settings().current().defaultRhythm().idealDays()).isEqualTo(14);
    }

    @Test
    void backupRotationIsSettable(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        Spinner<?> daily = robot.lookup("#settings-backup-daily").queryAs(Spinner.class);
        robot.interact(() -> {
            daily.getEditor().setText("10");
            daily.commitValue();
        });
        robot.interact(() -> robot.lookup("#settings-view").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        robot.clickOn("#settings-backup-save");
        assertThat(session.settings().current().backupsDaily()).isEqualTo(10);
        assertThat(session.settings().current().backupsWeekly()).isEqualTo(4);
    }

    @Test
    void theTextSizeGrowsTheWindowAtOnceAndIsKept(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT8).release(KeyCode.DIGIT8, KeyCode.CONTROL);
        Label title = robot.lookup("#settings-title").queryAs(Label.class);
        double before = title.getFont().getSize();

        robot.clickOn("#settings-text-size");
        UiTestSupport.clickWhenShown(robot, "150%");

        assertThat(title.getFont().getSize()).isEqualTo(before * 1.5, org.assertj.core.data.Offset.offset(0.1));
        assertThat(robot.lookup("#search").queryAs(TextField.class).getFont().getSize()).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.1));
        assertThat(dev.rapport.ui.settings.TextSize.saved()).isEqualTo(dev.rapport.ui.settings.TextSize.P150);
        assertThat(robot.lookup("#settings-saved").queryAs(Label.class).getText()).isEqualTo("Text size: 150%.");
        assertThat(robot.lookup("#settings-text-size").query().getAccessibleText()).isNull(); // named by its label instead
        assertThat(robot.lookup(n -> n instanceof Label l && l.getLabelFor() == robot.lookup("#settings-text-size").query()).tryQuery())
                .isPresent();
    }
}
