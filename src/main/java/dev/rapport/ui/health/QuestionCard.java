package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.HealthReport;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.ui.common.Formats;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The question of the period: its words, scale and dates, and who was asked, newest first. */
final class QuestionCard extends VBox {
    QuestionCard() {
        super(8);
        setId("health-question");
    }

    void show(HealthReport.Practice p) {
        getChildren().clear();
        if (p.question().isEmpty()) {
            Label none = new Label(I18n.t("health.question.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().add(none);
            return;
        }
        SurveyQuestion q = p.question().get();
        Label text = new Label("“" + q.text() + "”");
        text.setId("health-question-text");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(q.scale().label() + " · " + I18n.t("health.question.wording", q.phrasing().label().toLowerCase(
                I18n.messages().locale())) + " · " + Formats.date(q.startsOn()) + " – " + Formats.date(q.endsOn()));
        meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        meta.setWrapText(true);
        Label asked = new Label(I18n.plural("health.question.asked", p.asked().size()));
        ListView<String> who = new ListView<>();
        who.setId("health-asked");
        who.setPrefHeight(130);
        who.getItems().setAll(HealthViewModel.askedLines(p));
        who.setPlaceholder(new Label(I18n.t("health.question.noneAsked")));
        getChildren().addAll(text, meta, asked, who);
    }
}
