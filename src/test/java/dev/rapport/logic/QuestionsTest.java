package dev.rapport.logic;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionsTest {
    @Test
    void numberedLinesAreTakenInOrderWithTheirContinuations() {
        String message = """
                Hi, a few things:
                1. When does the pilot start
                   in Kaunas?
                2) Who trains the drivers?
                3. Can we see the budget.
                Thanks, Rūta""";
        assertThat(Questions.split(message)).containsExactly("When does the pilot start in Kaunas?",
                "Who trains the drivers?", "Can we see the budget.");
    }

    @Test
    void bulletsAreQuestionsToo() {
        assertThat(Questions.split("- first point\n* second point\n• third point"))
                .containsExactly("first point", "second point", "third point");
    }

    @Test
    void aJumbleIsSplitAtQuestionMarks() {
        String message = "Hello! Is the report ready? We also wondered, can you come on Friday? Regards.";
        assertThat(Questions.split(message)).containsExactly("Is the report ready?", "We also wondered, can you come on Friday?");
    }

    @Test
    void textWithoutQuestionsIsOneItem() {
        assertThat(Questions.split("  Please send the invoice  ")).containsExactly("Please send the invoice");
        assertThat(Questions.split("  ")).isEmpty();
    }

    @Test
    void aNumberedListReadsBack() {
        assertThat(Questions.fromNumbered(Questions.numbered(List.of("A?", "B?")))).containsExactly("A?", "B?");
    }

    @Test
    void theAnswerNumbersAnswersInQuestionOrderAndAsksWhetherAnythingElseIsOpen() {
        String text = ReplyTemplates.answer(ReplyTemplates.DEFAULT_ANSWER, "Rūta Kazlauskienė",
                List.of("When?", "Who?", "How much?"), List.of("Monday", "Jonas", "€4,000"));
        assertThat(text).startsWith("Dear Rūta,")
                .contains("1. When?\n   Monday\n\n2. Who?\n   Jonas\n\n3. How much?\n   €4,000")
                .contains(ReplyTemplates.ANYTHING_ELSE);
        assertThat(ReplyTemplates.answer("Hi {name}: {answers}", "Ann", List.of("Q?"), List.of("A")))
                .isEqualTo("Hi Ann: 1. Q?\n   A\n\n" + ReplyTemplates.ANYTHING_ELSE);
    }

    @Test
    void theAcknowledgementNamesTheAnswerByTime() {
        String text = ReplyTemplates.acknowledgement(ReplyTemplates.DEFAULT_ACKNOWLEDGE, "Ann",
                ZonedDateTime.of(2026, 11, 26, 14, 0, 0, 0, ZoneId.of("Europe/Vilnius")), List.of("Q?"));
        assertThat(text).contains("by Thursday 26 November, 14:00 (Vilnius, UTC+2)").contains("1. Q?");
    }
}
