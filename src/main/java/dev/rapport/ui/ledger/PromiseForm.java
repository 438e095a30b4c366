package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.Dimension;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RapportException;
import dev.rapport.model.Renegotiation;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.DeleteButton;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
        Form form = new Form(creating ? "New promise" : "Promise",
                "Confirm it was understood; keep it, exceed it, report it.");
        ComboBox<Client> client = form.field("client", "Client", Inputs.clients(app, "promise-client", null, clientId, true));
        ComboBox<Contact> contact = form.field("contact", "Made to",
                Inputs.contacts(app, "promise-contact", client, existing == null ? null : existing.contactId()));
        TextArea what = form.field("what", "What was promised", new TextArea(text == null ? "" : text));
        what.setId("promise-what");
        what.setPrefRowCount(3);
        what.setWrapText(true);
        DatePicker madeOn = form.field("madeOn", "Made on", Inputs.date("promise-made-on", creating ? today : existing.madeOn()));
        DatePicker due = form.field("due", "Due", Inputs.date("promise-due", creating ? null : existing.due()),
                creating ? null : "Moving the date of an open promise renegotiates it; the earlier date is kept.");
        TextField why = new TextField();
        why.setId("promise-renegotiation-note");
        why.setPromptText("Why the date moved (for the history)");
        if (!creating && existing.outcome() == PromiseOutcome.OPEN) {
            form.field("renegotiationNote", "Renegotiation note", why);
        }
        if (!creating && !existing.history().isEmpty()) {
            VBox history = new VBox(2);
            for (Renegotiation r : existing.history()) {
                history.getChildren().add(Inputs.muted(Formats.date(r.on()) + ": due " + Formats.date(r.previousDue()) + " → "
                        + Formats.date(r.newDue()) + (r.note().isEmpty() ? "" : " — " + r.note())));
            }
            form.field("history", "Renegotiated", history);
        }
        CheckBox understood = new CheckBox("The client confirmed they understood it as meant");
        understood.setId("promise-understood");
        DatePicker understoodOn = Inputs.date("promise-understood-on", creating ? null : existing.understoodOn());
        understood.setSelected(!creating && existing.understoodOn() != null);
        understood.selectedProperty().addListener((o, a, on) -> understoodOn.setValue(on ? today : null));
        form.field("understoodOn", "Understanding", new VBox(6, understood, understoodOn));

        ComboBox<PromiseOutcome> outcome = form.field("outcome", "Outcome", new ComboBox<>());
        outcome.setId("promise-outcome");
        outcome.getItems().setAll(PromiseOutcome.values());
        outcome.setConverter(new EnumLabels<>(PromiseOutcome::label));
        outcome.setValue(creating ? PromiseOutcome.OPEN : existing.outcome());
        DatePicker decidedOn = form.field("decidedOn", "Kept or broken on", Inputs.date("promise-decided-on",
                creating ? null : existing.decidedOn()));
        outcome.valueProperty().addListener((o, a, b) -> {
            boolean decided = b == PromiseOutcome.KEPT || b == PromiseOutcome.BROKEN;
            if (decided && Inputs.read("decidedOn", "Kept or broken on", decidedOn) == null) {
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
        form.field("exceeded", "Exceeded in", dimBox, "Kept promises only: where it went beyond what was expected.");
        TextField other = form.field("otherDimension", "Other dimension", new TextField(creating ? "" : existing.otherDimension()));
        other.setId("promise-other-dimension");
        CheckBox reported = new CheckBox("The achievement was reported to the client");
        reported.setId("promise-reported");
        DatePicker reportedOn = Inputs.date("promise-reported-on", creating ? null : existing.reportedOn());
        reported.setSelected(!creating && existing.reportedOn() != null);
        reported.selectedProperty().addListener((o, a, on) -> reportedOn.setValue(on ? today : null));
        form.field("reportedOn", "Reported", new VBox(6, reported, reportedOn));
        TextArea note = form.field("reportNote", "The element of excellence", new TextArea(creating ? "" : existing.reportNote()),
                "What you made visible to the client when reporting.");
        note.setId("promise-report-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);

        if (!creating) {
            Button delete = DeleteButton.of(app, "promise-delete", "promise", "“" + Formats.ellipsis(existing.what(), 80)
                    + "” will be deleted with its history.", "Deleted the promise.",
                    () -> app.session().ledger().deletePromise(existing.id()),
                    () -> app.session().ledger().save(existing.withId(0)));
            form.addRow(delete);
        }

        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                Client chosen = client.getValue();
                Set<Dimension> exceeded = EnumSet.noneOf(Dimension.class);
                dims.stream().filter(CheckBox::isSelected).forEach(b -> exceeded.add((Dimension) b.getUserData()));
                LocalDate newDue = Inputs.required("due", "Due date", due);
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
                        Inputs.required("madeOn", "Made on", madeOn), currentDue,
                        understood.isSelected() ? orToday(Inputs.read("understoodOn", "Understanding", understoodOn), today) : null,
                        renegotiate ? PromiseOutcome.OPEN : chosenOutcome,
                        decided && !renegotiate ? Inputs.read("decidedOn", "Kept or broken on", decidedOn) : null,
                        exceeded, other.getText(),
                        reported.isSelected() && !renegotiate ? orToday(Inputs.read("reportedOn", "Reported", reportedOn), today) : null,
                        note.getText(), history);
                if (renegotiate) {
                    p = p.renegotiated(today, newDue, why.getText());
                    if (chosenOutcome != PromiseOutcome.OPEN) {
                        p = p.withOutcome(chosenOutcome, decided ? Inputs.read("decidedOn", "Kept or broken on", decidedOn) : null,
                                exceeded, other.getText());
                    }
                    if (reported.isSelected()) {
                        p = p.withReport(orToday(Inputs.read("reportedOn", "Reported", reportedOn), today), note.getText());
                    }
                }
                Promise stored = app.session().ledger().save(p);
                app.sheets().close();
                app.status().say((creating ? "Promised “" : "Saved “") + Formats.ellipsis(stored.what(), 60) + "” to " + chosen.name() + ".");
                saved.accept(stored);
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        (client.getValue() == null ? client : what).requestFocus();
        return form;
    }

    private static LocalDate orToday(LocalDate d, LocalDate today) {
        return d == null ? today : d;
    }
}
