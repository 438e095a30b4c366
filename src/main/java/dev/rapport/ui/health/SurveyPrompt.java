package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.HealthService;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Interaction;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The question of the period inside the journal-entry form: while a question is active it shows,
 * with the client's answer, who gave it, and how it was collected. Left on "not asked", nothing
 * is stored. The throttle says when a person answered too recently to be asked again.
 */
public final class SurveyPrompt {
    private final AppContext app;
    private final SurveyQuestion question;
    private final ComboBox<Integer> value = new ComboBox<>();
    private final ComboBox<Contact> contact = new dev.rapport.ui.controls.TypePicker<>();
    private final ComboBox<SurveyMethod> method = new ComboBox<>();
    private final Label throttle = new Label();
    private Client client;

    private SurveyPrompt(AppContext app, SurveyQuestion question) {
        this.app = app;
        this.question = question;
    }

    /** Adds the prompt to a new entry's form when a question is active today; empty otherwise. */
    public static Optional<SurveyPrompt> attach(AppContext app, Form form, ObservableValue<Client> client) {
        Optional<SurveyQuestion> active = app.session().health().activeQuestion();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        SurveyPrompt prompt = new SurveyPrompt(app, active.get());
        form.field("survey", I18n.t("health.question.title"), prompt.build(), I18n.t("health.survey.help"));
        client.addListener((o, a, b) -> prompt.setClient(b));
        prompt.setClient(client.getValue());
        return Optional.of(prompt);
    }

    private VBox build() {
        Label text = new Label("“" + question.text() + "”");
        text.setId("survey-question");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_ITALIC);
        value.setId("survey-value");
        dev.rapport.ui.common.Spoken.name(value, "spoken.survey.value");
        value.getItems().add(null);
        for (int v = question.scale().min(); v <= question.scale().max(); v++) {
            value.getItems().add(v);
        }
        value.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? I18n.t("health.survey.notAsked") : question.scale().valueLabel(v);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        value.setValue(null);
        contact.setId("survey-contact");
        dev.rapport.ui.common.Spoken.name(contact, "health.survey.who");
        contact.setPromptText(I18n.t("health.survey.who"));
        contact.setConverter(new StringConverter<>() {
            @Override
            public String toString(Contact c) {
                return c == null ? I18n.t("health.survey.someone") : c.name();
            }

            @Override
            public Contact fromString(String s) {
                return null;
            }
        });
        contact.valueProperty().addListener((o, a, b) -> showThrottle());
        method.setId("survey-method");
        dev.rapport.ui.common.Spoken.name(method, "spoken.survey.method");
        method.getItems().setAll(SurveyMethod.values());
        method.setConverter(new EnumLabels<>(SurveyMethod::label));
        method.setValue(SurveyMethod.ORAL);
        throttle.setId("survey-throttle");
        throttle.setWrapText(true);
        throttle.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        Label scale = new Label(question.scale().label());
        scale.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(6, text, scale, new FlowPane(8, 6, value, contact, method), throttle);
        box.getStyleClass().add("survey-prompt");
        return box;
    }

    private void setClient(Client c) {
        client = c;
        contact.getItems().setAll((Contact) null);
        if (c != null) {
            contact.getItems().addAll(app.session().contacts().forClient(c.id()));
        }
        HealthService health = app.session().health();
        LocalDate today = LocalDate.now(app.session().clock());
        Contact first = contact.getItems().stream().filter(p -> p != null && health.askedRecently(p.id(), today).isEmpty())
                .findFirst().orElse(contact.getItems().size() > 1 ? contact.getItems().get(1) : null);
        contact.setValue(first);
        showThrottle();
    }

    private void showThrottle() {
        Contact c = contact.getValue();
        Optional<LocalDate> last = c == null ? Optional.empty()
                : app.session().health().askedRecently(c.id(), LocalDate.now(app.session().clock()));
        String text = last.map(d -> I18n.t("health.survey.throttle", c.name(), Formats.date(d),
                Formats.date(d.plusDays(app.session().health().throttleDays())))).orElse("");
        throttle.setText(text);
        throttle.setVisible(!text.isEmpty());
        throttle.setManaged(!text.isEmpty());
    }

    /** Stores the answer given in this entry, if one was chosen. */
    public void save(Interaction entry) {
        answer().accept(entry);
    }

    /**
     * The answer chosen in the sheet, read now; what it returns stores it for the entry once that is
     * stored, and touches no control, so it runs off the FX thread with the entry's save.
     */
    public java.util.function.Consumer<Interaction> answer() {
        Integer v = value.getValue();
        if (v == null || client == null) {
            return entry -> { };
        }
        Contact who = contact.getValue();
        var how = method.getValue();
        SurveyScale scale = question.scale();
        return entry -> app.session().health().saveAnswer(new SurveyAnswer(0, question.id(), question.text(), entry.clientId(),
                who == null ? null : who.id(), entry.id(), entry.occurredAt().toLocalDate(), scale, v, how,
                question.phrasing(), ""));
    }
}
