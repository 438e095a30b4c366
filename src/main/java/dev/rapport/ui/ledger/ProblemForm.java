package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Severity;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.DeleteButton;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.SheetSave;

import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Report or follow one problem (DOMAIN §3): its consequences and the measures proposed, the
 * client's emotion, the target; then the resolution, reporting what it took, and prevention.
 */
public final class ProblemForm {
    private ProblemForm() {
    }

    public static Form create(AppContext app, Long clientId, Consumer<Problem> saved) {
        return open(app, null, clientId, saved);
    }

    public static Form edit(AppContext app, Problem existing, Consumer<Problem> saved) {
        return open(app, existing, existing.clientId(), saved);
    }

    private static Form open(AppContext app, Problem existing, Long clientId, Consumer<Problem> saved) {
        boolean creating = existing == null;
        LocalDate today = app.session().today();
        Form form = new Form(creating ? I18n.t("ledger.problem.newTitle") : I18n.t("ledger.problem.title"),
                I18n.t("ledger.problem.subtitle"));
        ComboBox<Client> client = form.field("client", I18n.t("ledger.field.client"), Inputs.clients(app, form, "problem-client", clientId));
        ComboBox<RaisedBy> raisedBy = form.field("raisedBy", I18n.t("ledger.problem.raisedBy"), new ComboBox<>());
        raisedBy.setId("problem-raised-by");
        raisedBy.getItems().setAll(RaisedBy.values());
        raisedBy.setConverter(new EnumLabels<>(RaisedBy::label));
        raisedBy.setValue(creating ? RaisedBy.CLIENT : existing.raisedBy());
        DateField raisedOn = form.field("raisedOn", I18n.t("ledger.problem.raisedOn"), Inputs.date(app, "problem-raised-on", creating ? today : existing.raisedOn()));
        TextArea description = area(form, "description", I18n.t("ledger.problem.description"), "problem-description", creating ? "" : existing.description(), null);
        TextArea consequences = area(form, "consequences", I18n.t("ledger.problem.consequences"), "problem-consequences",
                creating ? "" : existing.consequences(), I18n.t("ledger.problem.consequencesHelp"));
        TextArea measures = area(form, "measures", I18n.t("ledger.problem.measures"), "problem-measures", creating ? "" : existing.measures(), null);
        TextField emotion = form.field("emotion", I18n.t("ledger.problem.emotion"), new TextField(creating ? "" : existing.emotion()),
                I18n.t("ledger.problem.emotionHelp"));
        emotion.setId("problem-emotion");
        ComboBox<Severity> severity = form.field("severity", I18n.t("ledger.problem.severity"), new ComboBox<>());
        severity.setId("problem-severity");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(new EnumLabels<>(Severity::label));
        severity.setValue(creating ? Severity.MEDIUM : existing.severity());
        DateField target = form.field("target", I18n.t("ledger.problem.target"), Inputs.date(app, "problem-target", creating ? null : existing.target()));
        ComboBox<ProblemStatus> status = form.field("status", I18n.t("ledger.problem.status"), new ComboBox<>());
        status.setId("problem-status");
        status.getItems().setAll(ProblemStatus.values());
        status.setConverter(new EnumLabels<>(ProblemStatus::label));
        status.setValue(creating ? ProblemStatus.OPEN : existing.status());
        DateField resolvedOn = form.field("resolvedOn", I18n.t("ledger.problem.resolvedOn"),
                Inputs.date(app, "problem-resolved-on", creating ? null : existing.resolvedOn()));
        status.valueProperty().addListener((o, a, b) -> {
            if (b != null && b.isClosed() && Inputs.read("resolvedOn", I18n.t("ledger.problem.resolvedOn"), resolvedOn) == null) {
                resolvedOn.setValue(today);
            }
        });
        CheckBox reported = new CheckBox(I18n.t("ledger.problem.reportedCheck"));
        reported.setId("problem-reported");
        Inputs.wrap(reported);
        DateField reportedOn = Inputs.date(app, "problem-reported-on", creating ? null : existing.reportedOn());
        reported.setSelected(!creating && existing.reportedOn() != null);
        reported.selectedProperty().addListener((o, a, on) -> reportedOn.setValue(on ? today : null));
        form.field("reportedOn", I18n.t("ledger.problem.reported"), new VBox(6, reported, reportedOn));
        TextArea took = area(form, "whatItTook", I18n.t("ledger.problem.whatItTook"), "problem-what-it-took", creating ? "" : existing.whatItTook(), null);
        TextArea prevention = area(form, "prevention", I18n.t("ledger.problem.prevention"), "problem-prevention",
                creating ? "" : existing.prevention(), I18n.t("ledger.problem.preventionHelp"));

        if (!creating) {
            Button delete = DeleteButton.of(app, "problem-delete", I18n.t("ledger.problem.delete"),
                    I18n.t("ledger.problem.deleteQuestion"), I18n.t("ledger.problem.deleteMessage", Formats.ellipsis(existing.description(), 80)),
                    I18n.t("ledger.problem.deleted"),
                    () -> app.session().ledger().deleteProblem(existing.id()),
                    () -> app.session().ledger().save(existing.withId(0)));
            form.addRow(delete);
        }

        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            Client chosen = client.getValue();
            ProblemStatus s = status.getValue();
            Problem p = new Problem(creating ? 0 : existing.id(), chosen == null ? 0 : chosen.id(), raisedBy.getValue(),
                    Inputs.required("raisedOn", I18n.t("ledger.problem.raisedOn"), raisedOn), description.getText(), consequences.getText(),
                    measures.getText(), severity.getValue(), Inputs.read("target", I18n.t("ledger.problem.target"), target), emotion.getText(), s,
                    s != null && s.isClosed() ? Inputs.read("resolvedOn", I18n.t("ledger.problem.resolvedOn"), resolvedOn) : null,
                    reported.isSelected() ? orToday(Inputs.read("reportedOn", I18n.t("ledger.problem.reported"), reportedOn), today) : null,
                    took.getText(), prevention.getText());
            SheetSave.thenClose(app, form, () -> app.session().ledger().save(p), stored -> I18n.t(creating ? "ledger.problem.recordedStatus" : "ledger.problem.savedStatus", chosen.name()), saved);
        });
        app.sheets().show(form);
        (clientId == null ? client : description).requestFocus();
        return form;
    }

    private static TextArea area(Form form, String key, String label, String id, String text, String help) {
        TextArea a = form.field(key, label, new TextArea(text), help);
        a.setId(id);
        a.setPrefRowCount(2);
        a.setWrapText(true);
        return a;
    }

    private static LocalDate orToday(LocalDate d, LocalDate today) {
        return d == null ? today : d;
    }
}
