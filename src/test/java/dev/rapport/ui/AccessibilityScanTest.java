package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.ui.common.TextScale;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At 150 % text size, every screen, client tab, sheet and dialog (the shared {@link ScreenWalk}) in
 * each language is usable with a screen reader and shows its words whole: every control the keys can
 * reach has a name a screen reader can say (its own text, an accessible text, or a label tied to it
 * with labelFor), every input has a label, no text is cut ({@link CutText}, tab titles too), no field runs
 * into a sheet's scroll bar ({@link ScrollBarGap}) and no two nodes of the window share an id
 * ({@link DuplicateIds}).
 */
@ExtendWith(ApplicationExtension.class)
class AccessibilityScanTest {
    private static final int TEXT_SIZE = 150;

    @RegisterExtension
    final UiTestSupport.Window window = UiTestSupport.demoWindow();

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyPlaceIsNamedLabelledAndWholeAt150Percent(Language language, FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<Double> fontSizes = new ArrayList<>();
        robot.interact(() -> {
            I18n.use(language);
            TextScale.use(TEXT_SIZE);
        });
        new ScreenWalk(robot, window.stage(), window.session(), window.dir()).walk(ScreenWalk.all(), (where, root) -> {
            // the size most of the place's labels are drawn at: the root size, where no style makes it larger or smaller
            root.lookupAll(".label").stream().filter(n -> n instanceof Label).map(n -> (double) Math.round(((Label) n).getFont().getSize()))
                    .collect(java.util.stream.Collectors.groupingBy(size -> size, java.util.stream.Collectors.counting()))
                    // a place whose few labels are each a different size (a title, a count, a hint) has no usual size
                    .entrySet().stream().filter(e -> e.getValue() >= 2)
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).ifPresent(fontSizes::add);
            unnamed(root).forEach(p -> problems.add(where + ": " + p));
            CutText.under(root).stream().filter(p -> !p.endsWith(CutText.SIDEWAYS))
                    .forEach(p -> problems.add(where + ": cut " + p));
            ScrollBarGap.under(root).forEach(p -> problems.add(where + ": field against the scroll bar: " + p));
            DuplicateIds.under(root.getScene() == null ? root : root.getScene().getRoot())
                    .forEach(p -> problems.add(where + ": one id on several nodes: " + p));
        });
        assertThat(problems).as("places a screen reader cannot name, or cut, in " + language.code()).isEmpty();
        // at 100 % most labels of a place are 14 px (or 11 px in a sheet of small hints); at 150 % 21 (or 17)
        assertThat(fontSizes).as("the usual text size of every place, at %d %%", TEXT_SIZE).hasSizeGreaterThan(20)
                .allSatisfy(size -> assertThat(size).isBetween(TextScale.BASE_FONT_SIZE * 1.15, TextScale.BASE_FONT_SIZE * 1.6));
    }

    /*
     * The one thing not counted, and why: at 150 % the wide lists need more width than 1280 px leaves
     * them (995 px beside the rail). In Ukrainian: clients 1447 px, promises 1550, problems 1643,
     * requests 1206, people 1193, and answers by method 772 in 596 — each column already at the width
     * of its header's longest word or its widest cell (ColumnFit). They scroll sideways (a horizontal
     * bar, every column reachable by keys and mouse, every cell whole) instead of pushing the window
     * past the screen. Fitting them needs fewer columns or two-line rows, a design choice for each list,
     * not a layout fix. CutText's "columns wider than the table" is therefore not counted here;
     * NoClippedTextTest counts it at 100 %, where they fit. Everything else cut is counted, headers too.
     */

    /** Focusable controls without a spoken name and inputs without a label. */
    static Set<String> unnamed(Parent root) {
        Map<Node, Label> labels = new IdentityHashMap<>();
        collectLabels(root, labels);
        Set<String> found = new LinkedHashSet<>();
        walk(root, labels, found);
        return found;
    }

    private static void collectLabels(Node node, Map<Node, Label> labels) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labels.put(label.getLabelFor(), label);
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collectLabels(child, labels));
        }
    }

    private static void walk(Node node, Map<Node, Label> labels, Set<String> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        boolean input = isInput(node);
        if (input && !labels.containsKey(node) && blank(node.getAccessibleText())) {
            found.add("input without a label: " + CutText.describe(node));
        } else if (!input && node.isFocusTraversable() && !spoken(node, labels)) {
            found.add("no spoken name: " + CutText.describe(node));
        }
        if (input) {
            return; // its editor and arrows are parts of it, named with it
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, labels, found);
            }
        }
    }

    private static boolean isInput(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof Spinner<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider;
    }

    private static boolean spoken(Node node, Map<Node, Label> labels) {
        return !blank(node.getAccessibleText()) || labels.containsKey(node)
                || node instanceof Labeled l && !blank(l.getText()) || speaksItsItems(node);
    }

    /**
     * A list, table or tab strip: a screen reader says the row or tab the keys are on (its cells'
     * texts, the column headers, the tab's title), not a name of the whole, so its items speak for it.
     */
    private static boolean speaksItsItems(Node node) {
        return node instanceof ListView<?> || node instanceof TableView<?> || node instanceof TabPane || node instanceof TreeView<?>;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
