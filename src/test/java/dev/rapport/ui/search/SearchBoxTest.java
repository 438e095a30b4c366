package dev.rapport.ui.search;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Client;
import dev.rapport.ui.FakeDialogs;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.TextScale;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box's hint is whole at 150 % in every language, in the window at 1280×800 (issue 25). */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {
    @RegisterExtension
    final UiTestSupport.Window window = UiTestSupport.window(session -> session.clients().save(Client.create("Acme Logistics")));

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHintIsWholeAt150Percent(Language language, FxRobot robot) {
        robot.interact(() -> {
            I18n.use(language);
            TextScale.use(150);
            UiTestSupport.show(window.stage(), window.session(), new FakeDialogs());
        });
        SearchBox search = robot.lookup("#search").queryAs(SearchBox.class);
        Text hint = (Text) search.lookupAll("Text").stream()
                .filter(n -> n instanceof Text t && search.getPromptText().equals(t.getText())).findFirst().orElseThrow();
        assertThat(search.getFont().getSize()).as("the box's text follows the text size").isEqualTo(TextScale.fontSize());
        assertThat(hint.isVisible()).isTrue();
        Bounds box = search.localToScene(search.getLayoutBounds());
        Bounds drawn = hint.localToScene(hint.getLayoutBounds());
        assertThat(drawn.getMaxX()).as("the hint's end in %s", language.code()).isLessThanOrEqualTo(box.getMaxX() - search.snappedRightInset());
        assertThat(box.getMaxX()).as("the box stays inside the window").isLessThan(window.stage().getScene().getWidth());
        Node journalMenu = robot.lookup("#journal-menu").query();
        assertThat(journalMenu.localToScene(journalMenu.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(window.stage().getScene().getWidth());
    }
}
