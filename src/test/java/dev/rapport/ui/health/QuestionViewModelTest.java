package dev.rapport.ui.health;

import dev.rapport.logic.JournalSession;
import dev.rapport.model.Phrasing;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.ui.UiTestSupport;
import dev.rapport.ui.common.Background;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The question sheet's view-model without a window: a real journal, work on this thread. */
class QuestionViewModelTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    private JournalSession session;
    private QuestionViewModel model;
    private final List<SurveyQuestion> saved = new ArrayList<>();
    private final List<Throwable> failed = new ArrayList<>();

    @BeforeEach
    void open() {
        session = UiTestSupport.journal(dir);
        model = new QuestionViewModel(session, Background.direct());
    }

    @AfterEach
    void close() {
        session.close();
    }

    private static SurveyQuestion question(String text, LocalDate from) {
        return new SurveyQuestion(0, text, SurveyScale.RECOMMEND_0_10, Phrasing.POSITIVE, from, from.plusDays(90));
    }

    @Test
    void loadingShowsTheQuestionsAskedBefore() {
        session.health().saveQuestion(question("Would you recommend us?", START));
        model.load();
        assertThat(model.past()).extracting(SurveyQuestion::text).containsExactly("Would you recommend us?");
    }

    @Test
    void savingStoresTheQuestionAndHandsItBack() {
        model.save(question("Are we easy to work with?", START), saved::add, failed::add);
        assertThat(failed).isEmpty();
        assertThat(saved).singleElement().satisfies(q -> assertThat(q.id()).isPositive());
        assertThat(session.health().questions()).extracting(SurveyQuestion::text).containsExactly("Are we easy to work with?");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFailedSaveIsToldInWordsAndStoresNothing() {
        session.close();
        model.save(question("Are we easy to work with?", START), saved::add, failed::add);
        assertThat(saved).isEmpty();
        assertThat(failed).singleElement().satisfies(t -> assertThat(t.getMessage()).isNotBlank());
        assertThat(model.busyProperty().get()).isFalse();
    }
}
