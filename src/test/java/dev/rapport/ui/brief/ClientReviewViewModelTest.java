package dev.rapport.ui.brief;

import dev.rapport.export.SummaryRenderer.Format;
import dev.rapport.i18n.Language;
import dev.rapport.logic.ReportFixture;
import dev.rapport.model.ClientAsk;
import dev.rapport.model.Period;
import dev.rapport.ui.common.Background;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The review sheet's view-model without a window: a real journal, its reads and writes on this thread. */
class ClientReviewViewModelTest {
    @TempDir
    Path dir;

    private ReportFixture fixture;
    private ClientReviewViewModel model;
    private final List<String> saved = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = ReportFixture.create(dir.resolve("journal.rapport"));
        model = new ClientReviewViewModel(fixture.session, Background.direct(), fixture.baltic);
        model.onSaved(saved::add);
        model.onProblem((title, message) -> problems.add(title + ": " + message));
        model.fromProperty().set(ReportFixture.FROM);
        model.toProperty().set(ReportFixture.TO);
    }

    @AfterEach
    void close() {
        fixture.session.close();
    }

    @Test
    void itOpensOnThisQuarterAndReadsTheChosenPeriod() {
        ClientReviewViewModel fresh = new ClientReviewViewModel(fixture.session, Background.direct(), fixture.baltic);
        assertThat(fresh.fromProperty().get()).isEqualTo(Period.quarterOf(LocalDate.now(ReportFixture.CLOCK)).from());
        assertThat(model.reviewProperty().get().period()).isEqualTo(new Period(ReportFixture.FROM, ReportFixture.TO));
        assertThat(model.markdownProperty().get()).contains("## 1. Status").contains("Requirements workshop");
    }

    @Test
    void theHeadlineIsKeptForThisReviewAndPreviewed() {
        model.headlineProperty().set("Depots live in Kaunas");
        model.saveHeadline();
        assertThat(fixture.session.clientReviews().headline(fixture.baltic.id(), new Period(ReportFixture.FROM, ReportFixture.TO)))
                .isEqualTo("Depots live in Kaunas");
        assertThat(model.markdownProperty().get()).contains("Depots live in Kaunas");
        model.fromProperty().set(ReportFixture.FROM.minusMonths(3));
        assertThat(model.headlineProperty().get()).isEmpty();
    }

    @Test
    void asksAreAddedReDatedAndMarkedDoneAndABlankOneIsRefusedInWords() {
        model.newAskProperty().set("  ");
        model.addAsk();
        assertThat(model.errorProperty().get()).contains("What is asked of the client");
        assertThat(model.asks()).isEmpty();
        model.newAskProperty().set("Approve the Kaunas plan");
        model.newAskDueProperty().set(LocalDate.of(2026, 12, 4));
        model.addAsk();
        assertThat(model.newAskProperty().get()).isEmpty();
        assertThat(model.asks()).extracting(ClientAsk::what).containsExactly("Approve the Kaunas plan");
        assertThat(model.markdownProperty().get()).contains("Approve the Kaunas plan").contains("Needed by Dec 4, 2026.");
        model.changeDue(model.asks().get(0), LocalDate.of(2026, 12, 18));
        assertThat(model.asks().get(0).due()).isEqualTo(LocalDate.of(2026, 12, 18));
        model.setDone(model.asks().get(0), true);
        assertThat(model.asks().get(0).doneOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(model.markdownProperty().get()).contains("done on Nov 25, 2026");
    }

    @Test
    void itSavesInTheChosenLanguageWhateverTheScreens() throws Exception {
        model.languageProperty().set(Language.UKRAINIAN);
        model.formatProperty().set(Format.HTML);
        assertThat(model.markdownProperty().get()).contains("Огляд для клієнта");
        Path target = dir.resolve(model.suggestedFileName());
        model.save(target);
        assertThat(problems).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(Files.readString(target)).contains("<html lang=\"uk\">").contains("<svg");
    }
}
