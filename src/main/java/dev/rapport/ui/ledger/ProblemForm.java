package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.model.Client;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.RaisedBy;
import dev.rapport.model.RapportException;
import dev.rapport.model.Severity;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.DeleteButton;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
        Form form = new Form(creating ? "Report a problem" : "Problem",
                "Consequences and measures first; then solve, report, prevent.");
        ComboBox<Client> client = form.field("client", "Client", Inputs.clients(app, "problem-client", null, clientId, true));
        ComboBox<RaisedBy> raisedBy = form.field("raisedBy", "Raised by", new ComboBox<>());
        raisedBy.setId("problem-raised-by");
        raisedBy.getItems().setAll(RaisedBy.values());
        raisedBy.setConverter(new EnumLabels<>(RaisedBy::label));
        raisedBy.setValue(creating ? RaisedBy.CLIENT : existing.raisedBy());
        DatePicker raisedOn = form.field("raisedOn", "Raised on", Inputs.date("problem-raised-on", creating ? today : existing.raisedOn()));
        TextArea description = area(form, "description", "What is wrong", "problem-description", creating ? "" : existing.description(), null);
        TextArea consequences = area(form, "consequences", "Consequences", "problem-consequences",
                creating ? "" : existing.consequences(), "The scope: who and what it affects.");
        TextArea measures = area(form, "measures", "Proposed measures", "problem-measures", creating ? "" : existing.measures(), null);
        TextField emotion = form.field("emotion", "The client's emotion", new TextField(creating ? "" : existing.emotion()),
                "Hear it and reflect it back, e.g. “worried about the board”.");
        emotion.setId("problem-emotion");
        ComboBox<Severity> severity = form.field("severity", "Severity", new ComboBox<>());
        severity.setId("problem-severity");
        severity.getItems().setAll(Severity.values());
        severity.setConverter(new EnumLabels<>(Severity::label));
        severity.setValue(creating ? Severity.MEDIUM : existing.severity());
        DatePicker target = form.field("target", "Target date", Inputs.date("problem-target", creating ? null : existing.target()));
        ComboBox<ProblemStatus> status = form.field("status", "Status", new ComboBox<>());
        status.setId("problem-status");
        status.getItems().setAll(ProblemStatus.values());
        status.setConverter(new EnumLabels<>(ProblemStatus::label));
        status.setValue(creating ? ProblemStatus.OPEN : existing.status());
        DatePicker resolvedOn = form.field("resolvedOn", "Resolved (or given up) on",
                Inputs.date("problem-resolved-on", creating ? null : existing.resolvedOn()));
        status.valueProperty().addListener((o, a, b) -> {
            if (b != null && b.isClosed() && Inputs.read("resolvedOn", "Resolved on", resolvedOn) == null) {
                resolvedOn.setValue(today);
            }
        });
        CheckBox reported = new CheckBox("The resolution was reported to the client");
        reported.setId("problem-reported");
        DatePicker reportedOn = Inputs.date("problem-reported-on", creating ? null : existing.reportedOn());
        reported.setSelected(!creating && existing.reportedOn() != null);
        reported.selectedProperty().addListener((o, a, on) -> reportedOn.setValue(on ? today : null));
        form.field("reportedOn", "Resolution reported", new VBox(6, reported, reportedOn));
        TextArea took = area(form, "whatItTook", "What it took", "problem-what-it-took", creating ? "" : existing.whatItTook(), null);
        TextArea prevention = area(form, "prevention", "Preventing a repeat", "problem-prevention",
                creating ? "" : existing.prevention(), "Above all when nothing could be recovered.");

        if (!creating) {
            Button delete = DeleteButton.of(app, "problem-delete", "problem", "“" + Formats.ellipsis(existing.description(), 80)
                    + "” will be deleted.", "Deleted the problem.",
                    () -> app.session().ledger().deleteProblem(existing.id()),
                    () -> app.session().ledger().save(existing.withId(0)));
            form.addRow(delete);
        }

        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                Client chosen = client.getValue();
                ProblemStatus s = status.getValue();
                Problem p = new Problem(creating ? 0 : existing.id(), chosen == null ? 0 : chosen.id(), raisedBy.getValue(),
                        Inputs.required("raisedOn", "Raised on", raisedOn), description.getText(), consequences.getText(),
                        measures.getText(), severity.getValue(), Inputs.read("target", "Target date", target), emotion.getText(), s,
                        s != null && s.isClosed() ? Inputs.read("resolvedOn", "Resolved on", resolvedOn) : null,
                        reported.isSelected() ? orToday(Inputs.read("reportedOn", "Resolution reported", reportedOn), today) : null,
                        took.getText(), prevention.getText());
                Problem stored = app.session().ledger().save(p);
                app.sheets().close();
                app.status().say((creating ? "Recorded the problem for " : "Saved the problem for ") + chosen.name() + ".");
                saved.accept(stored);
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        (client.getValue() == null ? client : description).requestFocus();
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
