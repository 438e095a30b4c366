package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Phrasing;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.SheetSave;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Set the question of the period: one question asked in every conversation from its start to its end. */
public final class QuestionSheet {
    private QuestionSheet() {
    }

    public static Form open(AppContext app, Consumer<SurveyQuestion> saved) {
        Form form = new Form(I18n.t("health.question.title"), I18n.t("health.question.subtitle"));
        TextField text = form.field("text", I18n.t("health.question.text"), new TextField());
        text.setId("question-text");
        text.setPromptText(I18n.t("health.question.default"));
        ComboBox<SurveyScale> scale = form.field("scale", I18n.t("health.question.scale"), new ComboBox<>());
        scale.setId("question-scale");
        scale.getItems().setAll(SurveyScale.values());
        scale.setConverter(new EnumLabels<>(SurveyScale::label));
        scale.setValue(SurveyScale.RECOMMEND_0_10);
        ComboBox<Phrasing> phrasing = form.field("phrasing", I18n.t("health.question.phrasing"), new ComboBox<>(),
                I18n.t("health.question.phrasingHelp"));
        phrasing.setId("question-phrasing");
        phrasing.getItems().setAll(Phrasing.values());
        phrasing.setConverter(new EnumLabels<>(Phrasing::label));
        phrasing.setValue(Phrasing.POSITIVE);
        LocalDate today = LocalDate.now(app.session().clock());
        DateField start = form.field("startsOn", I18n.t("health.question.from"), new DateField(app.session().clock(), today));
        start.setId("question-start");
        DateField end = form.field("endsOn", I18n.t("health.question.until"), new DateField(app.session().clock(), today.plusDays(90)));
        end.setId("question-end");
        QuestionViewModel model = new QuestionViewModel(app.session(), app.background());
        VBox past = new VBox(4);
        model.past().addListener((javafx.collections.ListChangeListener<SurveyQuestion>) change -> showPast(form, past, model.past()));
        model.load();
        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            SurveyQuestion asked = new SurveyQuestion(0, text.getText(), scale.getValue(),
                    phrasing.getValue(), start.read("startsOn", I18n.t("health.question.from")),
                    end.read("endsOn", I18n.t("health.question.until")));
            SheetSave.through(form, (stored, failed) -> model.save(asked, stored, failed), (SurveyQuestion q) -> {
                app.sheets().close();
                app.status().say(I18n.t("health.question.saved", Formats.date(q.startsOn()), Formats.date(q.endsOn())));
                saved.accept(q);
            });
        });
        app.sheets().show(form);
        text.requestFocus();
        return form;
    }

    /** The questions asked before, under the dates; the field appears once there is one. */
    private static void showPast(Form form, VBox past, java.util.List<SurveyQuestion> questions) {
        boolean shown = !past.getChildren().isEmpty() || past.getParent() != null;
        past.getChildren().clear();
        for (SurveyQuestion q : questions) {
            Label l = new Label("“" + q.text() + "”  " + Formats.date(q.startsOn()) + " – " + Formats.date(q.endsOn()));
            l.setWrapText(true);
            l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            past.getChildren().add(l);
        }
        if (!shown && !past.getChildren().isEmpty()) {
            form.field("past", I18n.t("health.question.past"), past);
        }
    }
}
