package dev.rapport.ui.health;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.HealthReport;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Period;
import dev.rapport.model.Phrasing;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.today.RecordingNavigator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Health screen's view-model without a window: the report for the chosen period and the sentences made from it. */
class HealthViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private JournalSession session;
    private final Queue<Runnable> queued = new ArrayDeque<>();
    private final RecordingNavigator navigator = new RecordingNavigator();
    private HealthViewModel model;
    private Client acme;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // results come back through the FX thread; no window is shown
    }

    @BeforeEach
    void journal() {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        model = new HealthViewModel(session, new Background(queued::add), navigator);
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Calls the view-model on the FX thread, lets the background do what was asked, then reads on the FX thread. */
    private <T> T fx(Runnable call, Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            call.run();
            while (!queued.isEmpty()) {
                queued.remove().run();
            }
            return read.call();
        }).get();
    }

    private void answer(int value, LocalDate on, SurveyMethod method) {
        session.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", acme.id(), null, null, on,
                SurveyScale.RECOMMEND_0_10, value, method, Phrasing.POSITIVE, ""));
    }

    @Test
    void theReportIsThePracticesForThisQuarterAndWaitsForTheBackground() throws Exception {
        WaitForAsyncUtils.asyncFx(model::reload).get();
        assertThat(queued).hasSize(1);
        assertThat(WaitForAsyncUtils.asyncFx(() -> model.reportProperty().get()).get()).isNull();
        HealthReport report = fx(() -> { }, () -> model.reportProperty().get());
        assertThat(report).isEqualTo(HealthReport.practice(session, Period.quarterOf(TODAY)));
        assertThat(report.client()).isNull();
    }

    @Test
    void theFiguresReadAsTheScreenSaysThem() throws Exception {
        for (int v : new int[] {10, 9, 8, 5, 9}) {
            answer(v, TODAY.minusDays(3), SurveyMethod.WRITTEN);
        }
        HealthReport report = fx(model::reload, () -> model.reportProperty().get());
        assertThat(report.alerts()).extracting(a -> a.clientId()).contains(acme.id());
        assertThat(fx(() -> { }, () -> model.npsProperty().get())).isEqualTo("40");
        assertThat(model.countsProperty().get()).isEqualTo(I18n.t("health.nps.counts", 3, 1, 1));
        assertThat(model.satisfactionTitleProperty().get()).isEqualTo(I18n.t("health.satisfaction.title",
                I18n.t("health.period.thisQuarter.inSentence")));
        assertThat(model.methodGapProperty().get()).isEqualTo(I18n.t("health.method.gapNone", "—"));
    }

    @Test
    void choosingAnotherPeriodLoadsItsFigures() throws Exception {
        answer(10, LocalDate.of(2026, 8, 20), SurveyMethod.ORAL);
        answer(6, LocalDate.of(2026, 8, 20), SurveyMethod.WRITTEN);
        fx(model::reload, () -> null);
        assertThat(fx(() -> { }, () -> model.npsProperty().get())).isEqualTo("—");
        HealthReport last = fx(() -> model.periodProperty().set(HealthViewModel.Choice.LAST_QUARTER), () -> model.reportProperty().get());
        assertThat(last.period()).isEqualTo(Period.quarterOf(TODAY).previous());
        assertThat(fx(() -> { }, () -> model.npsProperty().get())).isEqualTo("0");
        assertThat(model.methodTitleProperty().get()).isEqualTo(I18n.t("health.method.title",
                I18n.t("health.period.lastQuarter.inSentence")));
    }

    @Test
    void whoWasAskedReadsNewestFirstWithTheirClient() throws Exception {
        Contact ann = session.contacts().save(Contact.create(acme.id(), "Ann Lee"));
        SurveyQuestion q = session.health().saveQuestion(new SurveyQuestion(0, "Recommend?", SurveyScale.RECOMMEND_0_10,
                Phrasing.POSITIVE, TODAY.minusDays(10), TODAY.plusDays(10)));
        session.health().saveAnswer(new SurveyAnswer(0, q.id(), q.text(), acme.id(), ann.id(), null, TODAY.minusDays(5),
                SurveyScale.RECOMMEND_0_10, 9, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
        session.health().saveAnswer(new SurveyAnswer(0, q.id(), q.text(), acme.id(), null, null, TODAY.minusDays(1),
                SurveyScale.RECOMMEND_0_10, 7, SurveyMethod.ORAL, Phrasing.POSITIVE, ""));
        HealthReport report = fx(model::reload, () -> model.reportProperty().get());
        var lines = HealthViewModel.askedLines(report.practice());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(I18n.t("health.question.someone") + ", Acme Logistics");
        assertThat(lines.get(1)).contains("Ann Lee, Acme Logistics");
    }

    @Test
    void anAlertLeadsToItsClient() throws Exception {
        fx(() -> model.openClient(acme.id()), () -> null);
        assertThat(navigator.went).containsExactly("client " + acme.id());
    }
}
