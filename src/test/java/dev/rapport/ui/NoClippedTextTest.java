package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.common.AlertDialogs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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

/**
 * No label, button, check box, tab title or column header is cut short at 1280×800 in any
 * language (issue 16): every main screen (Ctrl+1…8 and People), every tab of a client page and
 * the delete-client question are laid out on the demo journal, and each shown Labeled's drawn
 * text (the skin's LabeledText) is compared with its own text — an ellipsis shows where they differ.
 * A table whose columns run past its right edge (a horizontal scroll bar) counts as cut too.
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
        long client = session.clients().all().stream().filter(c -> !c.archived()).findFirst().orElseThrow().id();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            I18n.use(language);
            MainView main = UiTestSupport.show(stage, session, new FakeDialogs());
            Scene scene = stage.getScene();
            for (int screen = 1; screen <= 8; screen++) {
                KeyCode digit = KeyCode.valueOf("DIGIT" + screen);
                scene.getAccelerators().get(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN)).run();
                check("Ctrl+" + screen, scene.getRoot(), problems);
            }
            main.showPeople();
            check("People", scene.getRoot(), problems);
            main.showClient(client);
            TabPane tabs = (TabPane) scene.lookup("#client-page").lookup(".tab-pane");
            for (Tab tab : tabs.getTabs()) {
                tabs.getSelectionModel().select(tab);
                check("client page, tab " + (tab.getId() == null ? tab.getText() : tab.getId()), scene.getRoot(), problems);
            }
        });
        robot.interact(() -> {
            Alert question = AlertDialogs.choice(stage, I18n.t("clients.delete.title", "Acme Logistics"),
                    I18n.t("clients.delete.text", "Acme Logistics", I18n.plural("clients.delete.people", 3),
                            I18n.plural("clients.delete.entries", 12)),
                    List.of(I18n.t("clients.delete.archiveInstead"), I18n.t("clients.delete.all")));
            question.show();
            check("delete-client question", question.getDialogPane(), problems);
            question.close();
        });
        assertThat(problems).as("texts cut short in " + language.code()).isEmpty();
    }

    /** Lays the screen out and notes every shown Labeled whose drawn text is not its whole text. */
    private static void check(String screen, Parent root, List<String> problems) {
        root.applyCss();
        root.layout();
        Set<String> found = new LinkedHashSet<>();
        walk(root, found);
        found.forEach(f -> problems.add(screen + ": " + f));
    }

    private static void walk(Node node, Set<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String drawn = drawnText(labeled);
            if (drawn != null && !drawn.equals(shown(labeled))) {
                found.add(describe(labeled) + " “" + labeled.getText() + "” drawn as “" + drawn + "” (width "
                        + Math.round(labeled.getWidth()) + ")");
            }
        }
        if (node instanceof TableView<?> table && sideways(table)) {
            found.add(describe(table) + ": columns wider than the table, the last ones are cut at its edge");
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /** Whether the table shows a horizontal scroll bar: a column beyond its right edge is cut. */
    private static boolean sideways(TableView<?> table) {
        return table.lookupAll(".scroll-bar").stream()
                .anyMatch(b -> b instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    /** The text the skin draws: its LabeledText child (a Text), or null before the skin is made. */
    private static String drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && "LabeledText".equals(child.getClass().getSimpleName())) {
                return text.getText();
            }
        }
        return null;
    }

    /** The Labeled's text as it should be drawn whole: a mnemonic's underscore is not drawn. */
    private static String shown(Labeled labeled) {
        String text = labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    private static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            where.append('#').append(node.getId());
        }
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null) {
                where.append(" in #").append(up.getId());
                break;
            }
        }
        return where.toString();
    }
}
