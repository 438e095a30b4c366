package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.Period;
import dev.rapport.ui.common.Background;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The summary sheet's view-model without a window: a real journal, its reads and writes on this thread. */
class SummaryViewModelTest {
    @TempDir
    Path dir;

    private ReportFixture fixture;
    private SummaryViewModel model;
    private final List<String> said = new ArrayList<>();
    private final List<String> saved = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = ReportFixture.create(dir.resolve("journal.rapport"));
        model = listened(new SummaryViewModel(fixture.session, Background.direct(), fixture.baltic));
        model.load();
    }

    private SummaryViewModel listened(SummaryViewModel m) {
        m.onSaying(said::add);
        m.onSaved(saved::add);
        m.onProblem((title, message) -> problems.add(title + ": " + message));
        return m;
    }

    @AfterEach
    void close() {
        fixture.session.close();
    }

    private void chooseFixturePeriod() {
        model.fromProperty().set(ReportFixture.FROM);
        model.toProperty().set(ReportFixture.TO);
    }

    @Test
    void itOpensOnThisQuarterAsPdfInTheScreensLanguage() {
        Period quarter = Period.quarterOf(LocalDate.now(ReportFixture.CLOCK));
        assertThat(model.fromProperty().get()).isEqualTo(quarter.from());
        assertThat(model.toProperty().get()).isEqualTo(quarter.to());
        assertThat(model.formatProperty().get()).isEqualTo(Format.PDF);
        assertThat(model.languageProperty().get()).isEqualTo(I18n.language());
        assertThat(model.captionProperty().get()).isEqualTo(I18n.t("summary.sheet.preview.pdf"));
        assertThat(model.summaryProperty().get().period()).isEqualTo(quarter);
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.title()).isEqualTo(I18n.t("summary.title", fixture.baltic.name()));
    }

    @Test
    void theMarkdownPreviewIsTheClientsWorkInThePeriodInTheChosenLanguage() {
        chooseFixturePeriod();
        model.formatProperty().set(Format.MD);
        assertThat(model.captionProperty().get()).isEqualTo(I18n.t("summary.sheet.preview.markdown"));
        model.languageProperty().set(Language.ENGLISH);
        assertThat(model.markdownProperty().get()).startsWith("# Summary for Baltic")
                .contains("Requirements workshop", "Mapped the process with Олена Коваленко.")
                .contains("## 2. Promises", "Send the depot rollout plan", "Review the fuel report")
                .contains("The planner lists the Kaunas depot twice");
        model.languageProperty().set(Language.ROMANIAN);
        assertThat(model.markdownProperty().get()).startsWith("# Raport pentru Baltic").contains("## 2. Promisiuni")
                .contains("Send the depot rollout plan");
    }

    @Test
    void privateNotesWorkOutsideThePeriodAndOtherClientsAreLeftOut() {
        chooseFixturePeriod();
        model.formatProperty().set(Format.MD);
        String preview = model.markdownProperty().get();
        assertThat(preview).isNotEmpty()
                .doesNotContain("SECRET-NOTE", "Only private", "Prefers a call before 9:00")
                .doesNotContain("OTHER-DATA", "Other Client Ltd")
                .doesNotContain("Before the period", "An update from September.");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndNothingIsPreviewedOrSaved() throws IOException {
        chooseFixturePeriod();
        model.formatProperty().set(Format.MD);
        LocalDate dayBefore = ReportFixture.FROM.minusDays(1);
        model.toProperty().set(dayBefore);
        assertThat(model.errorProperty().get())
                .isEqualTo(I18n.t("validation.period.endBeforeStart", I18n.date(dayBefore), I18n.date(ReportFixture.FROM)));
        assertThat(model.summaryProperty().get()).isNull();
        assertThat(model.markdownProperty().get()).isEmpty();
        assertThat(model.suggestedFileName()).isNull();
        Path target = dir.resolve("refused.md");
        model.save(target);
        assertThat(target).doesNotExist();
        assertThat(said).isEmpty();
        assertThat(saved).isEmpty();

        model.toProperty().set(ReportFixture.TO);
        assertThat(model.errorProperty().get()).as("a period that can be saved clears the refusal").isEmpty();
        assertThat(model.markdownProperty().get()).startsWith("# ");
    }

    @Test
    void saveWritesTheFileAsPreviewedAndSaysWhere() throws IOException {
        chooseFixturePeriod();
        model.formatProperty().set(Format.MD);
        model.languageProperty().set(Language.ENGLISH);
        assertThat(model.suggestedFileName()).isEqualTo("Summary Baltic -b-Freight--b- 2026-10-01 to 2026-11-30.md");
        Path target = dir.resolve(model.suggestedFileName());
        model.save(target);
        assertThat(Files.readString(target)).isEqualTo(model.markdownProperty().get());
        assertThat(said).containsExactly(I18n.t("summary.sheet.saving"));
        assertThat(saved).containsExactly(I18n.t("summary.sheet.saved", target));
        assertThat(problems).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aSaveThatCannotBeWrittenIsShownWithItsReasonAndLeavesNoFile() throws IOException {
        chooseFixturePeriod();
        model.formatProperty().set(Format.HTML);
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        Path target = notAFolder.resolve("summary.html");
        model.save(target);
        assertThat(saved).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(I18n.t("summary.sheet.notSaved") + ": ").contains("summary.html");
        assertThat(Files.isRegularFile(target)).isFalse();
        assertThat(Files.readString(notAFolder)).as("what was there is untouched").isEqualTo("x");
        assertThat(model.busyProperty().get()).as("Save comes back after a failure").isFalse();
    }

    @Test
    void anOlderReadAnsweringLateDoesNotReplaceTheNewer() throws Exception {
        FxToolkit.registerPrimaryStage(); // results come back through the FX thread; no window is shown
        Deque<Runnable> queued = new ArrayDeque<>();
        SummaryViewModel late = listened(new SummaryViewModel(fixture.session, new Background(queued::add), fixture.baltic));
        LocalDate secondDay = ReportFixture.FROM.plusDays(1);
        WaitForAsyncUtils.asyncFx(() -> {
            late.fromProperty().set(secondDay);
            late.toProperty().set(ReportFixture.TO);
            assertThat(queued).as("a read for each change").hasSize(2);
            while (!queued.isEmpty()) {
                queued.removeLast().run(); // the newest read answers first
            }
        }).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> late.summaryProperty().get().period()).get())
                .isEqualTo(new Period(secondDay, ReportFixture.TO));
    }
}
