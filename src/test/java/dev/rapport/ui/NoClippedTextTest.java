package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No label, button, check box, tab title or column header is cut short at 1280×800 in any
 * language (issue 16): every main screen, client tab, sheet and dialog of the shared
 * {@link ScreenWalk} is laid out on the demo journal and searched for {@link CutText}.
 */
@ExtendWith(ApplicationExtension.class)
class NoClippedTextTest {
    @RegisterExtension
    final UiTestSupport.Window window = UiTestSupport.demoWindow();

    @ParameterizedTest
    @EnumSource(Language.class)
    void nothingIsCutShortAt1280By800(Language language, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> I18n.use(language));
        new ScreenWalk(robot, window.stage(), window.session(), window.dir()).walk(ScreenWalk.all(),
                (where, root) -> CutText.under(root).forEach(f -> problems.add(where + ": " + f)));
        assertThat(problems).as("texts cut short in " + language.code()).isEmpty();
    }
}
