package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.tools.demo.DemoJournal;
import dev.rapport.logic.JournalSession;
import dev.rapport.ui.data.DataMenu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No screen shows a raw bundle key ("today.section.overdue") in any language: every main screen
 * (Ctrl+1…Ctrl+8), every tab of a client page, the new-entry sheet and the import preview are
 * built on the demo journal in each language and their scene graphs walked — labels, texts,
 * prompts, tooltips, tab titles, menu items and table column headers.
 */
@ExtendWith(ApplicationExtension.class)
class NoRawKeysTest {
    /** What a text that is a key looks like: lower-case area, then dotted camelCase segments. */
    static final Pattern RAW_KEY = Pattern.compile("^[a-z]+(\\.[a-zA-Z0-9]+)+$");

    /**
     * Screens known to show raw keys of areas other helpers own, while their bundles are not yet
     * merged. Each entry is "screen" as named in the failure message; keep this empty on main.
     */
    static final Set<String> SCREENS_WITH_KNOWN_GAPS_IN_OTHER_AREAS = Set.of();

    /** Data that happens to look like a key: the journal's file name ("journal.rapport") in the journal menu. */
    private static final Set<String> DATA = new java.util.HashSet<>();

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

    @Test
    void noScreenShowsARawKeyInAnyLanguage(FxRobot robot) throws IOException {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "name,client,email\nAnn Lee,Acme,ann@acme.test\n", StandardCharsets.UTF_8);
        long client = session.clients().all().stream().filter(c -> !c.archived()).findFirst().orElseThrow().id();
        DATA.add(session.displayName());
        List<String> problems = new ArrayList<>();
        for (Language language : Language.values()) {
            robot.interact(() -> {
                I18n.use(language);
                MainView main = UiTestSupport.show(stage, session, new FakeDialogs());
                Scene scene = stage.getScene();
                for (int screen = 1; screen <= 8; screen++) {
                    KeyCode digit = KeyCode.valueOf("DIGIT" + screen);
                    scene.getAccelerators().get(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN)).run();
                    check("Ctrl+" + screen, language, scene, problems);
                }
                main.showClient(client);
                TabPane tabs = (TabPane) scene.lookup("#client-page").lookup(".tab-pane");
                for (Tab tab : tabs.getTabs()) {
                    tabs.getSelectionModel().select(tab);
                    check("client page, tab " + (tab.getId() == null ? tab.getText() : tab.getId()), language, scene, problems);
                }
                main.newInteraction(client);
                check("new-entry sheet", language, scene, problems);
                main.close();
                main.dataMenu().previewImport(DataMenu.ImportKind.CONTACTS_CSV, csv);
                check("import preview", language, scene, problems);
                main.close();
            });
        }
        problems.removeIf(p -> SCREENS_WITH_KNOWN_GAPS_IN_OTHER_AREAS.stream().anyMatch(s -> p.startsWith(s + " [")));
        assertThat(problems).as("texts that are raw keys").isEmpty();
    }

    /** Lays the scene out and collects every visible text that looks like a key. */
    private static void check(String screen, Language language, Scene scene, List<String> problems) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        Set<String> found = new LinkedHashSet<>();
        walk(scene.getRoot(), found);
        for (String where : found) {
            problems.add(screen + " [" + language.code() + "]: " + where);
        }
    }

    private static void walk(Node node, Set<String> found) {
        if (node instanceof Labeled l) {
            test(l.getText(), node, "text", found);
        }
        if (node instanceof Text t) {
            test(t.getText(), node, "text", found);
        }
        if (node instanceof TextInputControl t) {
            test(t.getPromptText(), node, "prompt", found);
        }
        if (node instanceof ComboBoxBase<?> c) {
            test(c.getPromptText(), node, "prompt", found);
        }
        if (node instanceof ComboBox<?> c) {
            comboItems(c, found);
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            Tooltip tip = c.getTooltip();
            test(tip.getText(), node, "tooltip", found);
        }
        if (node != null) {
            test(node.getAccessibleText(), node, "accessible text", found);
        }
        if (node instanceof MenuButton m) {
            menu(m.getItems(), node, found);
        }
        if (node instanceof TableView<?> t) {
            columns(t.getColumns(), node, found);
        }
        if (node instanceof TabPane p) {
            for (Tab tab : p.getTabs()) {
                test(tab.getText(), node, "tab", found);
                if (tab.getContent() != null) {
                    walk(tab.getContent(), found);
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static <T> void comboItems(ComboBox<T> c, Set<String> found) {
        for (T item : c.getItems()) {
            String text = c.getConverter() == null ? String.valueOf(item) : c.getConverter().toString(item);
            test(text, c, "choice", found);
        }
    }

    private static void menu(List<MenuItem> items, Node owner, Set<String> found) {
        for (MenuItem item : items) {
            test(item.getText(), owner, "menu item " + (item.getId() == null ? "" : item.getId()), found);
            if (item instanceof Menu sub) {
                menu(sub.getItems(), owner, found);
            }
        }
    }

    private static void columns(List<? extends TableColumnBase<?, ?>> columns, Node owner, Set<String> found) {
        for (TableColumnBase<?, ?> column : columns) {
            test(column.getText(), owner, "column", found);
            columns(column.getColumns(), owner, found);
        }
    }

    private static void test(String text, Node node, String what, Set<String> found) {
        if (text != null && RAW_KEY.matcher(text.strip()).matches() && !DATA.contains(text.strip())) {
            found.add(what + " “" + text + "” of " + node.getClass().getSimpleName()
                    + (node.getId() == null ? "" : "#" + node.getId()));
        }
    }

    /** The pattern itself: keys match, ordinary words, file names with a capital or a space do not. */
    @Test
    void theKeyPatternTellsKeysFromWords() {
        for (var e : Map.of("today.section.overdue", true, "clients.count.one", true, "Today", false, "Сьогодні", false,
                "journal.rapport", true, "3 clients", false, "Connections.csv", false, "e.g. this", false).entrySet()) {
            assertThat(RAW_KEY.matcher(e.getKey()).matches()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }
}
