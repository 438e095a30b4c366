package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.LedgerService;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;
import dev.rapport.model.Request;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.RecordForm;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * One request (DOMAIN §4): paste the message, let the app propose its questions as a numbered
 * list, correct it; acknowledge with the answer-by time from the client's targets; answer each
 * question in the same order and ask whether anything else is open. Times are the consultant's.
 */
public final class RequestForm {
    private RequestForm() {
    }

    public static Form create(AppContext app, Long clientId, Consumer<Request> saved) {
        return open(app, null, clientId, saved);
    }

    public static Form edit(AppContext app, Request existing, Consumer<Request> saved) {
        return open(app, existing, existing.clientId(), saved);
    }

    private static Form open(AppContext app, Request existing, Long clientId, Consumer<Request> saved) {
        boolean creating = existing == null;
        LedgerService ledger = app.session().ledger();
        java.time.Clock clock = app.session().clock();
        RecordForm<Request> sheet = new RecordForm<>(app, existing, I18n.t("ledger.request.newTitle"), I18n.t("ledger.request.title"), "");
        Form form = sheet.form();
        // the consultant's zone (working hours) is read off the FX thread; the times fill in with it, and Save waits for it
        javafx.beans.property.ObjectProperty<ZoneId> zone = new javafx.beans.property.SimpleObjectProperty<>();
        Supplier<LocalDateTime> now = () -> LocalDateTime.ofInstant(clock.instant(), zone.get()).truncatedTo(ChronoUnit.MINUTES);
        RequestSheetModel model = new RequestSheetModel(app.session(), app.background(), form::showFailure);
        ComboBox<Client> client = sheet.client(I18n.t("ledger.field.client"), "request-client", clientId);
        ComboBox<Contact> contact = form.field("contact", I18n.t("ledger.request.from"),
                Inputs.contacts(app, form, "request-contact", client, existing == null ? null : existing.contactId()));
        QuestionList questions = new QuestionList(creating ? List.of() : existing.questions(), creating ? List.of() : existing.answers());
        // a new request starts from the client's message: pasted first, its questions follow by themselves
        if (creating) {
            form.field("message", I18n.t("ledger.request.message"), questions.messageBox());
        }
        DateField receivedDate = Inputs.date(app, "request-received-date", null);
        TextField receivedTime = Inputs.time("request-received-time", null);
        form.field("receivedAt", I18n.t("ledger.request.receivedAt"), Inputs.row(receivedDate, receivedTime));
        ComboBox<Channel> channel = sheet.choice("channel", I18n.t("ledger.request.channel"), "request-channel", new ComboBox<>(),
                Channel.values(), Channel::label, creating ? Channel.EMAIL : existing.channel());
        TextField subject = form.field("subject", I18n.t("ledger.request.subject"), new TextField(creating ? "" : existing.subject()));
        subject.setId("request-subject");
        form.field("questions", I18n.t("ledger.request.questions"), questions.questionsArea(), I18n.t("ledger.request.questionsHelp"));
        form.field("answers", I18n.t("ledger.request.answers"), questions.answersBox());

        DateField ackDate = Inputs.date(app, "request-ack-date", null);
        TextField ackTime = Inputs.time("request-ack-time", null);
        form.field("acknowledgedAt", I18n.t("ledger.request.acknowledgedAt"), Inputs.row(ackDate, ackTime));
        DateField answerDate = Inputs.date(app, "request-answered-date", null);
        TextField answerTime = Inputs.time("request-answered-time", null);
        form.field("answeredAt", I18n.t("ledger.request.answeredAt"), Inputs.row(answerDate, answerTime));
        CheckBox anythingElse = new CheckBox(I18n.t("ledger.request.anythingElse"));
        anythingElse.setId("request-anything-else");
        Inputs.wrap(anythingElse);
        anythingElse.setSelected(!creating && existing.askedAnythingElse());
        form.addRow(anythingElse);

        ReplyDraft reply = form.field("reply", I18n.t("ledger.request.reply"), new ReplyDraft(app, existing));
        form.onKeys(new KeyCodeCombination(KeyCode.A, KeyCombination.ALT_DOWN), reply.acknowledgeButton()::fire);
        client.valueProperty().addListener((o, a, b) -> model.targets(b == null ? null : b.id(), reply::showTargets));
        model.targets(client.getValue() == null ? null : client.getValue().id(), reply::showTargets);

        model.zone(form.fillingBeforeSave(z -> {
            zone.set(z);
            form.setSubtitle(I18n.t("ledger.request.subtitle", dev.rapport.i18n.ZonePlaces.get().label(z, I18n.language(), clock.instant())));
            show(receivedDate, receivedTime, creating ? now.get() : LocalDateTime.ofInstant(existing.receivedAt(), z));
            if (!creating && existing.acknowledgedAt() != null) {
                show(ackDate, ackTime, LocalDateTime.ofInstant(existing.acknowledgedAt(), z));
            }
            if (!creating && existing.answeredAt() != null) {
                show(answerDate, answerTime, LocalDateTime.ofInstant(existing.answeredAt(), z));
            }
        }));
        reply.acknowledgeButton().disableProperty().bind(zone.isNull());
        reply.answerButton().disableProperty().bind(zone.isNull());

        Supplier<Request> typed = () -> build(existing, client, contact, receivedDate, receivedTime, channel, subject, questions,
                ackDate, ackTime, answerDate, answerTime, anythingElse, zone.get());
        reply.acknowledgeButton().setOnAction(e -> draft(form, typed, r -> {
            if (ackDate.getEditor().getText().isBlank()) {
                show(ackDate, ackTime, now.get());
            }
            model.acknowledgement(r, contact.getValue(), zone.get(), reply::showReply);
        }));
        reply.answerButton().setOnAction(e -> draft(form, typed, r -> {
            if (answerDate.getEditor().getText().isBlank()) {
                show(answerDate, answerTime, now.get());
            }
            anythingElse.setSelected(true);
            model.answer(r, contact.getValue(), reply::showReply);
        }));

        sheet.deleteRow("request-delete", "ledger.request.", r -> Formats.ellipsis(r.title(), 80),
                r -> ledger.deleteRequest(r.id()), r -> ledger.save(r.withId(0)));

        form.onSave(() -> draft(form, typed, r -> {
            String clientName = client.getValue() == null ? "" : client.getValue().name();
            sheet.saveThenClose(() -> ledger.save(r),
                    stored -> I18n.t(creating ? "ledger.request.recordedStatus" : "ledger.request.savedStatus", clientName), saved);
        }));
        return sheet.show();
    }

    private static void show(DateField date, TextField time, LocalDateTime at) {
        date.setValue(at.toLocalDate());
        time.setText(at.toLocalTime().toString());
    }

    /** The request as typed, handed on; a refused field is told at its place instead. */
    private static void draft(Form form, Supplier<Request> typed, Consumer<Request> then) {
        Request r;
        try {
            form.clearErrors();
            r = typed.get();
        } catch (RapportException x) {
            form.showError(x);
            return;
        }
        then.accept(r);
    }

    private static Request build(Request existing, ComboBox<Client> client, ComboBox<Contact> contact,
                                 DateField receivedDate, TextField receivedTime, ComboBox<Channel> channel, TextField subject,
                                 QuestionList questions, DateField ackDate, TextField ackTime,
                                 DateField answerDate, TextField answerTime, CheckBox anythingElse, ZoneId zone) {
        Client chosen = client.getValue();
        LocalDateTime received = Inputs.readDateTime("receivedAt", I18n.t("ledger.request.receivedAt"), receivedDate, receivedTime);
        if (received == null) {
            throw new ValidationException("receivedAt", I18n.t("ledger.input.required", I18n.t("ledger.request.receivedAt")));
        }
        LocalDateTime ack = Inputs.readDateTime("acknowledgedAt", I18n.t("ledger.request.acknowledgedAt"), ackDate, ackTime);
        LocalDateTime ans = Inputs.readDateTime("answeredAt", I18n.t("ledger.request.answeredAt"), answerDate, answerTime);
        return new Request(existing == null ? 0 : existing.id(), chosen == null ? 0 : chosen.id(),
                contact.getValue() == null ? null : contact.getValue().id(), received.atZone(zone).toInstant(), channel.getValue(),
                subject.getText(), questions.questions(),
                ack == null ? null : ack.atZone(zone).toInstant(), ans == null ? null : ans.atZone(zone).toInstant(),
                questions.answers(), anythingElse.isSelected(), zone);
    }
}
