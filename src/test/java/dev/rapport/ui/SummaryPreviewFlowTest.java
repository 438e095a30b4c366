package dev.rapport.ui;

import dev.rapport.export.SummaryRenderer;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReportFixture;
import dev.rapport.ui.common.DateField;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The summary sheet's preview: the pages as they will look, redrawn as the choices change, and a layout whole in every language. */
@ExtendWith(ApplicationExtension.class)
class SummaryPreviewFlowTest {
    private static final double A4 = 297.0 / 210.0;

    @TempDir
    Path dir;

    private ReportFixture fixture;
    private JournalSession session;
    private MainView main;

    @Start
    void start(Stage stage) throws IOException {
        fixture = ReportFixture.create(dir.resolve("journal.rapport"));
        session = fixture.session;
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Waits until the preview shows pages and draws no more. A condition wait, not a sleep. */
    static List<Image> awaitPages(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#summary-drawing").query().isVisible()
                    && !pageImages(robot).isEmpty());
        } catch (TimeoutException e) {
            throw new AssertionError("The summary preview drew no pages within 30 s", e);
        }
        return pageImages(robot);
    }

    private static List<Image> pageImages(FxRobot robot) {
        return robot.lookup("#summary-pages .image-view").queryAllAs(ImageView.class).stream().map(ImageView::getImage).toList();
    }

    private void openSummaryWithKeys(FxRobot robot) {
        robot.interact(() -> main.showClient(fixture.baltic.id()));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        UiTestSupport.awaitShown(robot, "#brief-summary");
        for (int i = 0; i < 30 && !focusIsOn(robot, "brief-summary"); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusIsOn(robot, "brief-summary")).as("Tab reaches the Summary button").isTrue();
        robot.type(KeyCode.SPACE);
        UiTestSupport.awaitShown(robot, "#summary-sheet");
    }

    private static boolean focusIsOn(FxRobot robot, String id) {
        Node focus = robot.targetWindow().getScene().getFocusOwner();
        return focus != null && id.equals(focus.getId());
    }

    @Test
    void thePreviewShowsThePdfPagesAndFollowsFormatAndLanguage(FxRobot robot) {
        openSummaryWithKeys(robot);
        robot.interact(() -> {
            robot.lookup("#summary-from").queryAs(DateField.class).setValue(ReportFixture.FROM);
            robot.lookup("#summary-to").queryAs(DateField.class).setValue(ReportFixture.TO);
        });
        List<Image> pdf = awaitPages(robot);
        Image first = pdf.get(0);
        assertThat(first.getHeight() / first.getWidth()).as("an A4 page").isCloseTo(A4, within(0.01));
        ImageView shownPage = robot.lookup("#summary-pages .image-view").queryAs(ImageView.class);
        assertThat(shownPage.getBoundsInParent().getHeight() / shownPage.getBoundsInParent().getWidth()).isCloseTo(A4, within(0.01));
        assertThat(shownPage.getBoundsInParent().getWidth()).as("a page fills the preview's width")
                .isGreaterThan(robot.lookup("#summary-preview").query().getLayoutBounds().getWidth() * 0.8);
        assertThat(robot.lookup("#summary-preview-caption").queryAs(Label.class).getText()).isEqualTo(I18n.t("summary.sheet.preview.pdf"));
        assertThat(robot.lookup("#summary-markdown").query().isVisible()).isFalse();

        ComboBox<SummaryRenderer.Format> format = robot.lookup("#summary-format").queryComboBox();
        robot.interact(() -> format.setValue(SummaryRenderer.Format.MD));
        assertThat(robot.lookup("#summary-pages-scroll").query().isVisible()).isFalse();
        assertThat(robot.lookup("#summary-markdown").queryAs(TextArea.class))
                .satisfies(t -> assertThat(t.isVisible()).isTrue())
                .satisfies(t -> assertThat(t.getText()).startsWith("# Summary for Baltic").contains("## 2. Promises").doesNotContain("SECRET-NOTE"));
        assertThat(robot.lookup("#summary-preview-caption").queryAs(Label.class).getText()).isEqualTo(I18n.t("summary.sheet.preview.markdown"));

        robot.interact(() -> format.setValue(SummaryRenderer.Format.PDF));
        assertThat(robot.lookup("#summary-pages-scroll").query().isVisible()).isTrue();
        assertThat(robot.lookup("#summary-markdown").query().isVisible()).isFalse();
        assertThat(awaitPages(robot)).as("the same pages, not drawn again").containsExactlyElementsOf(pdf);

        ComboBox<Language> language = robot.lookup("#summary-language").queryComboBox();
        robot.interact(() -> language.setValue(Language.UKRAINIAN));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pageImages(robot).isEmpty() && pageImages(robot).get(0) != first);
        } catch (TimeoutException e) {
            throw new AssertionError("The pages were not drawn again in Ukrainian", e);
        }
        Image ukrainian = awaitPages(robot).get(0);
        assertThat(samePixels(first, ukrainian)).as("the Ukrainian page differs from the English one").isFalse();

        robot.interact(() -> robot.lookup("#summary-to").queryAs(DateField.class).setValue(ReportFixture.FROM.minusDays(1)));
        assertThat(robot.lookup("#summary-error").queryAs(Label.class).isVisible()).isTrue();
        assertThat(pageImages(robot)).as("no pages of a period that cannot be saved").isEmpty();
        assertThat(robot.lookup("#summary-drawing").query().isVisible()).isFalse();
    }

    @Test
    void noLabelButtonOrFieldIsCutAt1280By800InAnyLanguage(FxRobot robot) {
        try {
            for (Language language : Language.values()) {
                robot.interact(() -> {
                    I18n.use(language);
                    main.showClient(fixture.baltic.id());
                });
                UiTestSupport.clickWhenShown(robot, "#tab-brief");
                UiTestSupport.clickWhenShown(robot, "#brief-summary");
                UiTestSupport.awaitShown(robot, "#summary-sheet");
                for (SummaryRenderer.Format format : SummaryRenderer.Format.values()) {
                    robot.interact(() -> robot.lookup("#summary-format").queryAs(ComboBox.class).setValue(format));
                    WaitForAsyncUtils.waitForFxEvents();
                    List<String> cut = new ArrayList<>();
                    robot.interact(() -> {
                        // a skin shows a new text at the next layout pass: lay out now, not whenever a pulse comes
                        Parent sheet = robot.lookup("#summary-sheet").query();
                        sheet.applyCss();
                        sheet.layout();
                        collectCut(sheet, cut);
                    });
                    assertThat(cut).as(language + " " + format).isEmpty();
                }
                robot.interact(() -> robot.lookup("#summary-close").queryButton().fire());
            }
        } finally {
            robot.interact(() -> I18n.use(Language.ENGLISH));
        }
    }

    /** Every shown label, button or cell whose text is ellipsized, and every text field too narrow for its text. */
    private static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            labeled.getChildrenUnmodifiable().stream()
                    .filter(c -> c instanceof Text t && c.getStyleClass().contains("text") && c != labeled.getGraphic())
                    .map(c -> ((Text) c).getText())
                    .filter(shown -> !shown.equals(labeled.getText()))
                    .forEach(shown -> cut.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" shows \"" + shown + "\""));
        }
        if (node instanceof TextField field && field.getText() != null) {
            Text probe = new Text(field.getText());
            probe.setFont(field.getFont());
            double room = field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight();
            if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                cut.add("TextField \"" + field.getText() + "\" needs " + probe.getLayoutBounds().getWidth() + " has " + room);
            }
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collectCut(c, cut));
        }
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
