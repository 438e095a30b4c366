package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No label, button, check box, tab title or column header is cut short at 1280×800 in any
 * language (issue 16): every main screen, client tab, sheet and dialog of the shared
 * {@link ScreenWalk} is laid out on the demo journal and searched for {@link CutText}.
 */
@ExtendWith(ApplicationExtension.class)
class NoClippedTextTest {
    @TempDir
    Path dir;

    private JournalSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        DemoJournal.fill(session);
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void nothingIsCutShortAt1280By800(Language language, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> I18n.use(language));
        new ScreenWalk(robot, stage, session, dir).walk(ScreenWalk.all(),
                (where, root) -> CutText.under(root).forEach(f -> problems.add(where + ": " + f)));
        assertThat(problems).as("texts cut short in " + language.code()).isEmpty();
    }
}
