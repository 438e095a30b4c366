package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Review;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
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

/** The Health screen, its review sheet, the question of the period and a client's health tab in other languages (issue 9). */
@ExtendWith(ApplicationExtension.class)
class HealthLanguagesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String NBSP = "\u00a0";

    @TempDir
    Path dir;

    private JournalSession session;
    private MainView main;
    private Client acme;

    @Start
    void start(Stage stage) {
        session = UiTestSupport.journal(dir);
        acme = session.clients().save(Client.create("Acme Logistics"));
        main = UiTestSupport.show(stage, session, new FakeDialogs());
    }

    @AfterEach
    void close() {
        I18n.use(Language.ENGLISH);
        session.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void noRawKeys() {
        assertThat(RawKeyScan.rawKeys(main)).as("texts that look like untranslated keys").isEmpty();
    }

    private ChecklistItem firstItem() {
        return session.health().activeChecklist().get(0);
    }

    private static String pick(Language language, String lithuanian, String russian) {
        return language == Language.LITHUANIAN ? lithuanian : russian;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"LITHUANIAN", "RUSSIAN"})
    void theHealthScreenSpeaksTheLanguageAndAReviewIsSavedInIt(Language language, FxRobot robot) {
        for (int v : new int[] {10, 9, 8, 5, 9}) {
            session.health().saveAnswer(new SurveyAnswer(0, null, "Recommend?", acme.id(), null, null, TODAY.minusDays(3),
                    SurveyScale.RECOMMEND_0_10, v, SurveyMethod.WRITTEN, Phrasing.POSITIVE, ""));
        }
        I18n.use(language);
        robot.interact(main::showHealth);
        noRawKeys();
        assertThat(text(robot, "#health-heat-title")).isEqualTo(pick(language,
                "Santykių požymiai: naujausias kiekvieno kliento įvertinimas", "Атрибуты отношений: последняя оценка по каждому клиенту"));
        assertThat(text(robot, "#health-nps-caption")).isEqualTo("NPS");
        assertThat(text(robot, "#health-nps")).isEqualTo("40");
        assertThat(text(robot, "#health-nps-counts")).isEqualTo(pick(language,
                "rekomenduotojai 3 · neutralūs 1 · kritikai 1", "промоутеры 3 · нейтралы 1 · критики 1"));
        assertThat(text(robot, "#health-satisfied")).isEqualTo(pick(language,
                "Patenkinti: 80" + NBSP + "% · atsakymų: 5 · norma 95" + NBSP + "% · ±35 punktų",
                "Довольны: 80" + NBSP + "% · ответов: 5 · норма 95" + NBSP + "% · ±35 п."));
        assertThat(text(robot, "#health-nps-margin")).isEqualTo(pick(language, "n 5 · ±70 punktų (95 %)", "n 5 · ±70 п. (95 %)"));
        assertThat(text(robot, "#health-loop")).isEqualTo(pick(language, "Grįžtamasis ryšys: atkurta 1, dar ne 1",
                "Замыкание цикла: восстановлено 1, ещё нет 1"));
        assertThat(text(robot, "#health-earlier")).isEqualTo(pick(language,
                "Anksčiau: 2026 m. 3 ketv. NPS — (n 0) · 2026 m. 2 ketv. NPS — (n 0)",
                "Ранее: 3 кв. 2026 NPS — (n 0) · 2 кв. 2026 NPS — (n 0)"));
        assertThat(robot.lookup("#health-alerts").queryAs(VBox.class).getChildren()).extracting(n -> ((Label) n).getText())
                .contains(pick(language, "Acme Logistics: patenkinti 80" + NBSP + "% (4 iš 5), žemiau 95" + NBSP + "% normos. Išsiaiškinkite.",
                        "Acme Logistics: довольны 80" + NBSP + "% (4 из 5) — ниже нормы 95" + NBSP + "%. Разберитесь."));

        robot.clickOn("#health-review");
        noRawKeys();
        robot.interact(() -> {
            ComboBox<Client> client = robot.lookup("#review-client").queryComboBox();
            client.setValue(acme);
        });
        long item = firstItem().id();
        robot.interact(() -> robot.lookup("#rate-" + item + "-not-met").queryAs(javafx.scene.control.ToggleButton.class).fire());
        robot.clickOn("#form-save");
        List<Review> reviews = session.health().reviews(acme.id());
        assertThat(reviews).singleElement().satisfies(r -> assertThat(r.answers()).hasSize(1));
        assertThat(text(robot, "#status-message")).isEqualTo(pick(language,
                "Vertinimas išsaugotas (Acme Logistics): įvertintas 1 punktas.", "Оценка сохранена (Acme Logistics): оценён 1 пункт."));
        assertThat(text(robot, "#health-neglect")).startsWith(pick(language, "Labiausiai apleista: ", "Чаще всего упускается: "));
        noRawKeys();
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"LITHUANIAN", "RUSSIAN"})
    void theQuestionOfThePeriodIsSetAndAClientsHealthTabReadsInTheLanguage(Language language, FxRobot robot) {
        I18n.use(language);
        robot.interact(main::showHealth);
        assertThat(robot.lookup("#health-question").queryAs(VBox.class).getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly(pick(language,
                        "Klausimas neužduotas. Pasirinkite vieną klausimą ir kurį laiką užduokite jį kiekviename pokalbyje.",
                        "Вопрос не задан. Выберите один вопрос и задавайте его какое-то время в каждом разговоре."));
        robot.clickOn("#health-set-question");
        noRawKeys();
        assertThat(robot.lookup("#question-text").queryTextInputControl().getPromptText()).isEqualTo(pick(language,
                "Kiek tikėtina, kad rekomenduotumėte bendradarbiavimą su manimi kolegai?",
                "Насколько вероятно, что вы порекомендуете работу со мной коллеге?"));
        robot.clickOn("#question-text").write("Ar viskas gerai?");
        robot.clickOn("#form-save");
        List<SurveyQuestion> questions = session.health().questions();
        assertThat(questions).singleElement().satisfies(q -> assertThat(q.text()).isEqualTo("Ar viskas gerai?"));
        assertThat(text(robot, "#status-message")).startsWith(pick(language, "Laikotarpio klausimas galioja ", "Вопрос периода действует "));
        assertThat(text(robot, "#health-question-text")).isEqualTo("“Ar viskas gerai?”");

        robot.interact(() -> main.showClient(acme.id()));
        robot.clickOn("#tab-health");
        assertThat(text(robot, "#client-satisfaction")).isEqualTo(pick(language,
                "Šį ketvirtį atsakymų nėra: NPS —, patenkinti —", "В этом квартале ответов нет: NPS —, довольны —"));
        assertThat(robot.lookup("#client-review").queryButton().getText()).isEqualTo(pick(language, "Įvertinti dabar", "Оценить"));
        assertThat(text(robot, "#client-never-reviewed")).startsWith(pick(language, "Dar nevertinta: ", "Ещё не оценивались: "));
        noRawKeys();
    }
}
