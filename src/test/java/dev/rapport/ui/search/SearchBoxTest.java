package dev.rapport.ui.search;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.ui.FakeDialogs;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.TextScale;

import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.text.Text;
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

/** The search box's hint is whole at 150 % in every language, in the window at 1280×800 (issue 25). */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {
    @TempDir
    Path dir;

    private Stage stage;
    private JournalSession session;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        session = UiTestSupport.journal(dir);
        session.clients().save(Client.create("Acme Logistics"));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> TextScale.use(100));
        I18n.use(Language.ENGLISH);
        session.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theHintIsWholeAt150Percent(Language language, FxRobot robot) {
        robot.interact(() -> {
            I18n.use(language);
            TextScale.use(150);
            UiTestSupport.show(stage, session, new FakeDialogs());
        });
        SearchBox search = robot.lookup("#search").queryAs(SearchBox.class);
        Text hint = (Text) search.lookupAll("Text").stream()
                .filter(n -> n instanceof Text t && search.getPromptText().equals(t.getText())).findFirst().orElseThrow();
        assertThat(search.getFont().getSize()).as("the box's text follows the text size").isEqualTo(TextScale.fontSize());
        assertThat(hint.isVisible()).isTrue();
        Bounds box = search.localToScene(search.getLayoutBounds());
        Bounds drawn = hint.localToScene(hint.getLayoutBounds());
        assertThat(drawn.getMaxX()).as("the hint's end in %s", language.code()).isLessThanOrEqualTo(box.getMaxX() - search.snappedRightInset());
        assertThat(box.getMaxX()).as("the box stays inside the window").isLessThan(stage.getScene().getWidth());
        Node journalMenu = robot.lookup("#journal-menu").query();
        assertThat(journalMenu.localToScene(journalMenu.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
    }
}
