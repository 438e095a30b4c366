package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Dimension;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Renegotiation;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.RecordForm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Make or follow up one promise (DOMAIN §2): what, to whom, by when, whether the understanding was
 * confirmed, how it turned out, and whether the achievement was reported. Moving the due date of
 * an open promise is a renegotiation: the old date stays in its history.
 */
public final class PromiseForm {
    private PromiseForm() {
    }

    /** A new promise for a client, made in an interaction when interactionId is not null. */
    public static Form create(AppContext app, Long clientId, Long interactionId, String what, Consumer<Promise> saved) {
        return open(app, null, clientId, interactionId, what, saved);
    }

    public static Form edit(AppContext app, Promise existing, Consumer<Promise> saved) {
        return open(app, existing, existing.clientId(), existing.interactionId(), existing.what(), saved);
    }

    private static Form open(AppContext app, Promise existing, Long clientId, Long interactionId, String text, Consumer<Promise> saved) {
        RecordForm<Promise> sheet = new RecordForm<>(app, existing, I18n.t("ledger.promise.newTitle"), I18n.t("ledger.promise.title"),
                I18n.t("ledger.promise.subtitle"));
        boolean creating = sheet.creating();
        LocalDate today = app.session().today();
        Form form = sheet.form();
        ComboBox<Client> client = sheet.client(I18n.t("ledger.field.client"), "promise-client", clientId);
        ComboBox<Contact> contact = form.field("contact", I18n.t("ledger.promise.madeTo"),
                Inputs.contacts(app, form, "promise-contact", client, existing == null ? null : existing.contactId()));
        TextArea what = sheet.area("what", I18n.t("ledger.promise.what"), "promise-what", text == null ? "" : text, 3, null);
        DateField madeOn = form.field("madeOn", I18n.t("ledger.promise.madeOn"), Inputs.date(app, "promise-made-on", creating ? today : existing.madeOn()));
        DateField due = form.field("due", I18n.t("ledger.promise.due"), Inputs.date(app, "promise-due", creating ? null : existing.due()),
                creating ? null : I18n.t("ledger.promise.dueHelp"));
        TextField why = new TextField();
        why.setId("promise-renegotiation-note");
        why.setPromptText(I18n.t("ledger.promise.renegotiationPrompt"));
        if (!creating && existing.outcome() == PromiseOutcome.OPEN) {
            form.field("renegotiationNote", I18n.t("ledger.promise.renegotiationNote"), why);
        }
        if (!creating && !existing.history().isEmpty()) {
            VBox history = new VBox(2);
            for (Renegotiation r : existing.history()) {
                history.getChildren().add(Inputs.muted(I18n.t("ledger.promise.historyLine", Formats.date(r.on()),
                        Formats.date(r.previousDue()), Formats.date(r.newDue())) + (r.note().isEmpty() ? "" : " — " + r.note())));
            }
            form.field("history", I18n.t("ledger.promise.renegotiated"), history);
        }
        CheckedOn understood = CheckedOn.field(app, form, "understoodOn", I18n.t("ledger.promise.understanding"),
                I18n.t("ledger.promise.understood"), "promise-understood", creating ? null : existing.understoodOn(), today);

        ComboBox<PromiseOutcome> outcome = sheet.choice("outcome", I18n.t("ledger.promise.outcome"), "promise-outcome", new ComboBox<>(),
                PromiseOutcome.values(), PromiseOutcome::label, creating ? PromiseOutcome.OPEN : existing.outcome());
        DateField decidedOn = form.field("decidedOn", I18n.t("ledger.promise.decidedOn"), Inputs.date(app, "promise-decided-on",
                creating ? null : existing.decidedOn()));
        outcome.valueProperty().addListener((o, a, b) -> {
            boolean decided = b == PromiseOutcome.KEPT || b == PromiseOutcome.BROKEN;
            if (decided && Inputs.read("decidedOn", I18n.t("ledger.promise.decidedOn"), decidedOn) == null) {
                decidedOn.setValue(today);
            }
        });
        List<CheckBox> dims = new ArrayList<>();
        FlowPane dimBox = new FlowPane(12, 6);
        for (Dimension d : Dimension.values()) {
            CheckBox box = new CheckBox(d.label());
            box.setId("promise-exceeded-" + d.name().toLowerCase());
            box.setUserData(d);
            box.setSelected(!creating && existing.exceeded().contains(d));
            dims.add(box);
            dimBox.getChildren().add(box);
        }
        form.field("exceeded", I18n.t("ledger.promise.exceeded"), dimBox, I18n.t("ledger.promise.exceededHelp"));
        TextField other = form.field("otherDimension", I18n.t("ledger.promise.otherDimension"), new TextField(creating ? "" : existing.otherDimension()));
        other.setId("promise-other-dimension");
        CheckedOn reported = CheckedOn.field(app, form, "reportedOn", I18n.t("ledger.promise.reported"), I18n.t("ledger.promise.reportedCheck"),
                "promise-reported", creating ? null : existing.reportedOn(), today);
        TextArea note = sheet.area("reportNote", I18n.t("ledger.promise.reportNote"), "promise-report-note",
                creating ? "" : existing.reportNote(), 2, I18n.t("ledger.promise.reportNoteHelp"));
        sheet.deleteRow("promise-delete", "ledger.promise.", p -> Formats.ellipsis(p.what(), 80),
                p -> app.session().ledger().deletePromise(p.id()), p -> app.session().ledger().save(p.withId(0)));

        sheet.onSave(() -> {
            Client chosen = client.getValue();
            Set<Dimension> exceeded = EnumSet.noneOf(Dimension.class);
            dims.stream().filter(CheckBox::isSelected).forEach(b -> exceeded.add((Dimension) b.getUserData()));
            LocalDate newDue = Inputs.required("due", I18n.t("ledger.promise.dueDate"), due);
            Promise base = creating ? null : existing;
            List<Renegotiation> history = creating ? List.of() : existing.history();
            LocalDate currentDue = newDue;
            boolean renegotiate = !creating && existing.outcome() == PromiseOutcome.OPEN && !newDue.equals(existing.due());
            if (renegotiate) {
                currentDue = existing.due();
            }
            PromiseOutcome chosenOutcome = outcome.getValue();
            boolean decided = chosenOutcome == PromiseOutcome.KEPT || chosenOutcome == PromiseOutcome.BROKEN;
            Promise p = new Promise(creating ? 0 : base.id(), chosen == null ? 0 : chosen.id(),
                    contact.getValue() == null ? null : contact.getValue().id(), interactionId, what.getText(),
                    Inputs.required("madeOn", I18n.t("ledger.promise.madeOn"), madeOn), currentDue,
                    understood.dayIfChecked(),
                    renegotiate ? PromiseOutcome.OPEN : chosenOutcome,
                    decided && !renegotiate ? Inputs.read("decidedOn", I18n.t("ledger.promise.decidedOn"), decidedOn) : null,
                    exceeded, other.getText(),
                    renegotiate ? null : reported.dayIfChecked(),
                    note.getText(), history);
            if (renegotiate) {
                p = p.renegotiated(today, newDue, why.getText());
                if (chosenOutcome != PromiseOutcome.OPEN) {
                    p = p.withOutcome(chosenOutcome, decided ? Inputs.read("decidedOn", I18n.t("ledger.promise.decidedOn"), decidedOn) : null,
                            exceeded, other.getText());
                }
                if (reported.isChecked()) {
                    p = p.withReport(reported.day(), note.getText());
                }
            }
            Promise toSave = p;
            sheet.saveThenClose(() -> app.session().ledger().save(toSave), stored -> I18n.t(creating ? "ledger.promise.madeStatus" : "ledger.promise.savedStatus",
                        Formats.ellipsis(stored.what(), 60), chosen.name()), saved);
        });
        sheet.show();
        javafx.scene.control.Control first = clientId == null ? client : what;
        // asked again once the sheet is in the scene: a request made while it is being shown is lost
        javafx.application.Platform.runLater(first::requestFocus);
        return form;
    }
}
