package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.Severity;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.RecordForm;

import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

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
        RecordForm<Problem> sheet = new RecordForm<>(app, existing, I18n.t("ledger.problem.newTitle"), I18n.t("ledger.problem.title"),
                I18n.t("ledger.problem.subtitle"));
        boolean creating = sheet.creating();
        LocalDate today = app.session().today();
        Form form = sheet.form();
        ComboBox<Client> client = sheet.client(I18n.t("ledger.field.client"), "problem-client", clientId);
        ComboBox<RaisedBy> raisedBy = sheet.choice("raisedBy", I18n.t("ledger.problem.raisedBy"), "problem-raised-by", new ComboBox<>(),
                RaisedBy.values(), RaisedBy::label, creating ? RaisedBy.CLIENT : existing.raisedBy());
        DateField raisedOn = form.field("raisedOn", I18n.t("ledger.problem.raisedOn"), Inputs.date(app, "problem-raised-on", creating ? today : existing.raisedOn()));
        TextArea description = sheet.area("description", I18n.t("ledger.problem.description"), "problem-description",
                creating ? "" : existing.description(), 2, null);
        TextArea consequences = sheet.area("consequences", I18n.t("ledger.problem.consequences"), "problem-consequences",
                creating ? "" : existing.consequences(), 2, I18n.t("ledger.problem.consequencesHelp"));
        TextArea measures = sheet.area("measures", I18n.t("ledger.problem.measures"), "problem-measures", creating ? "" : existing.measures(), 2, null);
        TextField emotion = form.field("emotion", I18n.t("ledger.problem.emotion"), new TextField(creating ? "" : existing.emotion()),
                I18n.t("ledger.problem.emotionHelp"));
        emotion.setId("problem-emotion");
        ComboBox<Severity> severity = sheet.choice("severity", I18n.t("ledger.problem.severity"), "problem-severity", new ComboBox<>(),
                Severity.values(), Severity::label, creating ? Severity.MEDIUM : existing.severity());
        DateField target = form.field("target", I18n.t("ledger.problem.target"), Inputs.date(app, "problem-target", creating ? null : existing.target()));
        ComboBox<ProblemStatus> status = sheet.choice("status", I18n.t("ledger.problem.status"), "problem-status", new ComboBox<>(),
                ProblemStatus.values(), ProblemStatus::label, creating ? ProblemStatus.OPEN : existing.status());
        DateField resolvedOn = form.field("resolvedOn", I18n.t("ledger.problem.resolvedOn"),
                Inputs.date(app, "problem-resolved-on", creating ? null : existing.resolvedOn()));
        status.valueProperty().addListener((o, a, b) -> {
            if (b != null && b.isClosed() && Inputs.read("resolvedOn", I18n.t("ledger.problem.resolvedOn"), resolvedOn) == null) {
                resolvedOn.setValue(today);
            }
        });
        CheckedOn reported = CheckedOn.field(app, form, "reportedOn", I18n.t("ledger.problem.reported"), I18n.t("ledger.problem.reportedCheck"),
                "problem-reported", creating ? null : existing.reportedOn(), today);
        TextArea took = sheet.area("whatItTook", I18n.t("ledger.problem.whatItTook"), "problem-what-it-took", creating ? "" : existing.whatItTook(), 2, null);
        TextArea prevention = sheet.area("prevention", I18n.t("ledger.problem.prevention"), "problem-prevention",
                creating ? "" : existing.prevention(), 2, I18n.t("ledger.problem.preventionHelp"));
        sheet.deleteRow("problem-delete", "ledger.problem.", p -> Formats.ellipsis(p.description(), 80),
                p -> app.session().ledger().deleteProblem(p.id()), p -> app.session().ledger().save(p.withId(0)));

        sheet.onSave(() -> {
            Client chosen = client.getValue();
            ProblemStatus s = status.getValue();
            Problem p = new Problem(creating ? 0 : existing.id(), chosen == null ? 0 : chosen.id(), raisedBy.getValue(),
                    Inputs.required("raisedOn", I18n.t("ledger.problem.raisedOn"), raisedOn), description.getText(), consequences.getText(),
                    measures.getText(), severity.getValue(), Inputs.read("target", I18n.t("ledger.problem.target"), target), emotion.getText(), s,
                    s != null && s.isClosed() ? Inputs.read("resolvedOn", I18n.t("ledger.problem.resolvedOn"), resolvedOn) : null,
                    reported.dayIfChecked(),
                    took.getText(), prevention.getText());
            sheet.saveThenClose(() -> app.session().ledger().save(p),
                    stored -> I18n.t(creating ? "ledger.problem.recordedStatus" : "ledger.problem.savedStatus", chosen.name()), saved);
        });
        sheet.show();
        (clientId == null ? client : description).requestFocus();
        return form;
    }
}
