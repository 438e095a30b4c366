package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.Questions;
import dev.rapport.ui.common.Icons;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A request's questions as a numbered list: proposed from the pasted message (and following it
 * until edited by hand), corrected by the consultant, with one answer box per question in the
 * same order. Answers already typed stay with their number as the list changes.
 */
final class QuestionList {
    private final TextArea message = new TextArea();
    private final Button split = new Button(I18n.t("ledger.request.split"), Icons.of(Feather.LIST));
    private final TextArea questions;
    private final VBox answersBox = new VBox(8);
    private final List<TextArea> answers = new ArrayList<>();
    private final List<String> initialAnswers;
    private String lastSplit = "";

    QuestionList(List<String> initialQuestions, List<String> initialAnswers) {
        this.initialAnswers = initialAnswers;
        message.setId("request-message");
        message.setPromptText(I18n.t("ledger.request.messagePrompt"));
        message.setPrefRowCount(3);
        message.setWrapText(true);
        split.setId("request-split");
        questions = new TextArea(initialQuestions.isEmpty() ? "" : Questions.numbered(initialQuestions));
        questions.setId("request-questions");
        questions.setPrefRowCount(3);
        questions.setWrapText(true);
        answersBox.setId("request-answers");
        split.setOnAction(e -> questions.setText(Questions.numbered(Questions.split(message.getText()))));
        message.textProperty().addListener((o, was, text) -> {
            // the questions follow the pasted message until they are edited by hand
            if (questions.getText().isBlank() || questions.getText().equals(lastSplit)) {
                lastSplit = Questions.numbered(Questions.split(text));
                questions.setText(lastSplit);
            }
        });
        questions.textProperty().addListener((o, a, b) -> rebuildAnswers());
        rebuildAnswers();
    }

    /** Where the client's message is pasted, with the button that splits it into questions. */
    Node messageBox() {
        return new VBox(6, message, split);
    }

    TextArea questionsArea() {
        return questions;
    }

    VBox answersBox() {
        return answersBox;
    }

    /** The questions as listed now, without their numbers. */
    List<String> questions() {
        return Questions.fromNumbered(questions.getText());
    }

    /** The answers, one a question, in the questions' order. */
    List<String> answers() {
        return answers.stream().map(TextArea::getText).toList();
    }

    private void rebuildAnswers() {
        List<String> kept = answers();
        List<String> qs = questions();
        answers.clear();
        answersBox.getChildren().clear();
        for (int i = 0; i < qs.size(); i++) {
            Label q = new Label((i + 1) + ". " + qs.get(i));
            q.setWrapText(true);
            q.getStyleClass().add(Styles.TEXT_BOLD);
            TextArea a = new TextArea(i < kept.size() ? kept.get(i) : i < initialAnswers.size() ? initialAnswers.get(i) : "");
            a.setId("request-answer-" + (i + 1));
            a.setPrefRowCount(2);
            a.setWrapText(true);
            answers.add(a);
            answersBox.getChildren().addAll(q, a);
        }
        if (qs.isEmpty()) {
            answersBox.getChildren().add(Inputs.muted(I18n.t("ledger.request.answersEmpty")));
        }
    }
}
