package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Dimension;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Renegotiation;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.DeleteButton;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.SheetSave;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.Button;
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
        boolean creating = existing == null;
        LocalDate today = app.session().today();
        Form form = new Form(creating ? I18n.t("ledger.promise.newTitle") : I18n.t("ledger.promise.title"),
                I18n.t("ledger.promise.subtitle"));
        ComboBox<Client> client = form.field("client", I18n.t("ledger.field.client"), Inputs.clients(app, form, "promise-client", clientId));
        ComboBox<Contact> contact = form.field("contact", I18n.t("ledger.promise.madeTo"),
                Inputs.contacts(app, form, "promise-contact", client, existing == null ? null : existing.contactId()));
        TextArea what = form.field("what", I18n.t("ledger.promise.what"), new TextArea(text == null ? "" : text));
        what.setId("promise-what");
        what.setPrefRowCount(3);
        what.setWrapText(true);
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
        CheckBox understood = new CheckBox(I18n.t("ledger.promise.understood"));
        understood.setId("promise-understood");
        Inputs.wrap(understood);
        DateField understoodOn = Inputs.date(app, "promise-understood-on", creating ? null : existing.understoodOn());
        understood.setSelected(!creating && existing.understoodOn() != null);
        understood.selectedProperty().addListener((o, a, on) -> understoodOn.setValue(on ? today : null));
        form.field("understoodOn", I18n.t("ledger.promise.understanding"), new VBox(6, understood, understoodOn));

        ComboBox<PromiseOutcome> outcome = form.field("outcome", I18n.t("ledger.promise.outcome"), new ComboBox<>());
        outcome.setId("promise-outcome");
        outcome.getItems().setAll(PromiseOutcome.values());
        outcome.setConverter(new EnumLabels<>(PromiseOutcome::label));
        outcome.setValue(creating ? PromiseOutcome.OPEN : existing.outcome());
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
        CheckBox reported = new CheckBox(I18n.t("ledger.promise.reportedCheck"));
        reported.setId("promise-reported");
        Inputs.wrap(reported);
        DateField reportedOn = Inputs.date(app, "promise-reported-on", creating ? null : existing.reportedOn());
        reported.setSelected(!creating && existing.reportedOn() != null);
        reported.selectedProperty().addListener((o, a, on) -> reportedOn.setValue(on ? today : null));
        form.field("reportedOn", I18n.t("ledger.promise.reported"), new VBox(6, reported, reportedOn));
        TextArea note = form.field("reportNote", I18n.t("ledger.promise.reportNote"), new TextArea(creating ? "" : existing.reportNote()),
                I18n.t("ledger.promise.reportNoteHelp"));
        note.setId("promise-report-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);

        if (!creating) {
            Button delete = DeleteButton.of(app, "promise-delete", I18n.t("ledger.promise.delete"),
                    I18n.t("ledger.promise.deleteQuestion"), I18n.t("ledger.promise.deleteMessage", Formats.ellipsis(existing.what(), 80)),
                    I18n.t("ledger.promise.deleted"),
                    () -> app.session().ledger().deletePromise(existing.id()),
                    () -> app.session().ledger().save(existing.withId(0)));
            form.addRow(delete);
        }

        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
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
                    understood.isSelected() ? orToday(Inputs.read("understoodOn", I18n.t("ledger.promise.understanding"), understoodOn), today) : null,
                    renegotiate ? PromiseOutcome.OPEN : chosenOutcome,
                    decided && !renegotiate ? Inputs.read("decidedOn", I18n.t("ledger.promise.decidedOn"), decidedOn) : null,
                    exceeded, other.getText(),
                    reported.isSelected() && !renegotiate ? orToday(Inputs.read("reportedOn", I18n.t("ledger.promise.reported"), reportedOn), today) : null,
                    note.getText(), history);
            if (renegotiate) {
                p = p.renegotiated(today, newDue, why.getText());
                if (chosenOutcome != PromiseOutcome.OPEN) {
                    p = p.withOutcome(chosenOutcome, decided ? Inputs.read("decidedOn", I18n.t("ledger.promise.decidedOn"), decidedOn) : null,
                            exceeded, other.getText());
                }
                if (reported.isSelected()) {
                    p = p.withReport(orToday(Inputs.read("reportedOn", I18n.t("ledger.promise.reported"), reportedOn), today), note.getText());
                }
            }
            Promise toSave = p;
            SheetSave.thenClose(app, form, () -> app.session().ledger().save(toSave), stored -> I18n.t(creating ? "ledger.promise.madeStatus" : "ledger.promise.savedStatus",
                        Formats.ellipsis(stored.what(), 60), chosen.name()), saved);
        });
        app.sheets().show(form);
        javafx.scene.control.Control first = clientId == null ? client : what;
        // asked again once the sheet is in the scene: a request made while it is being shown is lost
        javafx.application.Platform.runLater(first::requestFocus);
        return form;
    }

    private static LocalDate orToday(LocalDate d, LocalDate today) {
        return d == null ? today : d;
    }
}
