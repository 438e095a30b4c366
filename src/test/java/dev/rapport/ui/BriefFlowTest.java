package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.ReportFixture;
import dev.rapport.ui.brief.SaveTarget;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The brief and the summary preview as a user meets them, saving into a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class BriefFlowTest {
    @TempDir
    Path dir;

    private ReportFixture fixture;
    private JournalSession session;
    private MainView main;

    @Start
    void start(Stage stage) throws IOException {
        fixture = ReportFixture.create(dir.resolve("journal.rapport"));
        session = fixture.session;
        Files.createDirectories(dir.resolve("out"));
        SaveTarget.use((owner, name, description, extension) -> dir.resolve("out").resolve(name));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        SaveTarget.use(null);
        session.close();
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void ctrlBOpensTheBriefWithAPickerAndExportsOnePagePdf(FxRobot robot) throws IOException {
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        robot.interact(() -> {
            ComboBox<dev.rapport.model.Client> picker = robot.lookup("#brief-client").queryComboBox();
            picker.setValue(picker.getItems().stream().filter(c -> c.id() == fixture.baltic.id()).findFirst().orElseThrow());
        });
        assertThat(robot.lookup("#brief-section-1 .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Open promises (2, 1 overdue)", "OVERDUE since Nov 20, 2026 — Review the fuel report (understanding not confirmed)");
        robot.clickOn("#brief-copy-md");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertThat(clip[0]).startsWith("# Brief: Baltic").contains("Олена Коваленко");
        robot.clickOn("#brief-export-pdf");
        Path pdf;
        try (var files = Files.list(dir.resolve("out"))) {
            pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(text(pdf)).contains("Šarūnas Žemaitis");
    }

    @Test
    void theSummaryIsPreviewedThenSavedFromTheClientsBriefTab(FxRobot robot) throws IOException {
        robot.interact(() -> main.showClient(fixture.baltic.id()));
        UiTestSupport.clickWhenShown(robot, "#tab-brief");
        UiTestSupport.clickWhenShown(robot, "#brief-summary");
        robot.interact(() -> {
            robot.lookup("#summary-from").queryAs(dev.rapport.ui.common.DateField.class).setValue(ReportFixture.FROM);
            robot.lookup("#summary-to").queryAs(dev.rapport.ui.common.DateField.class).setValue(ReportFixture.TO);
            ComboBox<dev.rapport.export.SummaryRenderer.Format> format = robot.lookup("#summary-format").queryComboBox();
            format.setValue(dev.rapport.export.SummaryRenderer.Format.HTML);
        });
        SummaryPreviewFlowTest.awaitPages(robot);
        robot.clickOn("#summary-save");
        Path html = dir.resolve("out").resolve("Summary Baltic -b-Freight--b- 2026-10-01 to 2026-11-30.html");
        assertThat(html).exists();
        assertThat(Files.readString(html)).contains("<h2>1. Progress</h2>").contains("Олена Коваленко").doesNotContain("SECRET-NOTE");
        assertThat(robot.lookup("#summary-sheet").tryQuery()).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsExplained(FxRobot robot) {
        robot.interact(() -> main.showClient(fixture.baltic.id()));
        UiTestSupport.clickWhenShown(robot, "#tab-brief");
        UiTestSupport.clickWhenShown(robot, "#brief-summary");
        robot.interact(() -> robot.lookup("#summary-to").queryAs(dev.rapport.ui.common.DateField.class)
                .setValue(java.time.LocalDate.of(2020, 1, 1)));
        assertThat(robot.lookup("#summary-error").queryAs(Label.class).getText()).contains("before the start date");
    }

    @Test
    void aRomanianConsultantSendsAnEnglishSummary(FxRobot robot) throws IOException {
        robot.interact(() -> {
            I18n.use(Language.ROMANIAN);
            main.showClient(fixture.baltic.id());
        });
        try {
            UiTestSupport.clickWhenShown(robot, "#tab-brief");
            assertThat(robot.lookup("#brief-section-1").queryAs(javafx.scene.layout.VBox.class).getChildren().get(0))
                    .isInstanceOfSatisfying(Label.class, l -> assertThat(l.getText()).isEqualTo("Promisiuni deschise (2, restante: 1)"));
            UiTestSupport.clickWhenShown(robot, "#brief-summary");
            ComboBox<Language> language = robot.lookup("#summary-language").queryComboBox();
            assertThat(language.getValue()).isEqualTo(Language.ROMANIAN);
            robot.interact(() -> {
                robot.lookup("#summary-from").queryAs(dev.rapport.ui.common.DateField.class).setValue(ReportFixture.FROM);
                robot.lookup("#summary-to").queryAs(dev.rapport.ui.common.DateField.class).setValue(ReportFixture.TO);
                robot.lookup("#summary-format").queryAs(ComboBox.class).setValue(dev.rapport.export.SummaryRenderer.Format.MD);
            });
            assertThat(robot.lookup("#summary-markdown").queryAs(TextArea.class).getText()).startsWith("# Raport pentru Baltic")
                    .contains("## 2. Promisiuni");
            robot.interact(() -> language.setValue(Language.ENGLISH));
            String preview = robot.lookup("#summary-markdown").queryAs(TextArea.class).getText();
            assertThat(preview).startsWith("# Summary for Baltic").contains("## 2. Promises").contains("Promised on Oct 1, 2026");
            robot.clickOn("#summary-save");
            Path md = dir.resolve("out").resolve("Summary Baltic -b-Freight--b- 2026-10-01 to 2026-11-30.md");
            assertThat(md).exists();
            assertThat(Files.readString(md)).isEqualTo(preview);
        } finally {
            robot.interact(() -> I18n.use(Language.ENGLISH));
        }
    }
}
