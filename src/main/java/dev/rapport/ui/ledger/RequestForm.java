package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.LedgerService;
import dev.rapport.logic.Questions;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.DeleteButton;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

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
        ZoneId zone = ledger.workingHours().zone();
        LocalDateTime now = LocalDateTime.ofInstant(app.session().clock().instant(), zone).truncatedTo(ChronoUnit.MINUTES);
        Form form = new Form(creating ? I18n.t("ledger.request.newTitle") : I18n.t("ledger.request.title"),
                I18n.t("ledger.request.subtitle",
                        dev.rapport.i18n.ZonePlaces.get().label(zone, I18n.language(), app.session().clock().instant())));
        ComboBox<Client> client = form.field("client", I18n.t("ledger.field.client"), Inputs.clients(app, "request-client", clientId));
        ComboBox<Contact> contact = form.field("contact", I18n.t("ledger.request.from"),
                Inputs.contacts(app, "request-contact", client, existing == null ? null : existing.contactId()));
        TextArea message = new TextArea();
        message.setId("request-message");
        message.setPromptText(I18n.t("ledger.request.messagePrompt"));
        message.setPrefRowCount(3);
        message.setWrapText(true);
        Button split = new Button(I18n.t("ledger.request.split"), Icons.of(Feather.LIST));
        split.setId("request-split");
        // a new request starts from the client's message: pasted first, its questions follow by themselves
        if (creating) {
            form.field("message", I18n.t("ledger.request.message"), new VBox(6, message, split));
        }
        LocalDateTime received = creating ? now : LocalDateTime.ofInstant(existing.receivedAt(), zone);
        DateField receivedDate = Inputs.date(app, "request-received-date", received.toLocalDate());
        TextField receivedTime = Inputs.time("request-received-time", received.toLocalTime());
        form.field("receivedAt", I18n.t("ledger.request.receivedAt"), Inputs.row(receivedDate, receivedTime));
        ComboBox<Channel> channel = form.field("channel", I18n.t("ledger.request.channel"), new ComboBox<>());
        channel.setId("request-channel");
        channel.getItems().setAll(Channel.values());
        channel.setConverter(new EnumLabels<>(Channel::label));
        channel.setValue(creating ? Channel.EMAIL : existing.channel());
        TextField subject = form.field("subject", I18n.t("ledger.request.subject"), new TextField(creating ? "" : existing.subject()));
        subject.setId("request-subject");
        TextArea questions = form.field("questions", I18n.t("ledger.request.questions"),
                new TextArea(creating ? "" : Questions.numbered(existing.questions())), I18n.t("ledger.request.questionsHelp"));
        questions.setId("request-questions");
        questions.setPrefRowCount(3);
        questions.setWrapText(true);
        split.setOnAction(e -> questions.setText(Questions.numbered(Questions.split(message.getText()))));
        String[] lastSplit = {""};
        message.textProperty().addListener((o, was, text) -> {
            // the questions follow the pasted message until they are edited by hand
            if (questions.getText().isBlank() || questions.getText().equals(lastSplit[0])) {
                lastSplit[0] = Questions.numbered(Questions.split(text));
                questions.setText(lastSplit[0]);
            }
        });

        VBox answersBox = new VBox(8);
        answersBox.setId("request-answers");
        List<TextArea> answers = new ArrayList<>();
        List<String> initial = creating ? List.of() : existing.answers();
        Runnable rebuild = () -> {
            List<String> kept = answers.stream().map(TextArea::getText).toList();
            List<String> qs = Questions.fromNumbered(questions.getText());
            answers.clear();
            answersBox.getChildren().clear();
            for (int i = 0; i < qs.size(); i++) {
                Label q = new Label((i + 1) + ". " + qs.get(i));
                q.setWrapText(true);
                q.getStyleClass().add(Styles.TEXT_BOLD);
                TextArea a = new TextArea(i < kept.size() ? kept.get(i) : i < initial.size() ? initial.get(i) : "");
                a.setId("request-answer-" + (i + 1));
                a.setPrefRowCount(2);
                a.setWrapText(true);
                answers.add(a);
                answersBox.getChildren().addAll(q, a);
            }
            if (qs.isEmpty()) {
                answersBox.getChildren().add(Inputs.muted(I18n.t("ledger.request.answersEmpty")));
            }
        };
        questions.textProperty().addListener((o, a, b) -> rebuild.run());
        rebuild.run();
        form.field("answers", I18n.t("ledger.request.answers"), answersBox);

        LocalDateTime ack = existing == null || existing.acknowledgedAt() == null ? null : LocalDateTime.ofInstant(existing.acknowledgedAt(), zone);
        DateField ackDate = Inputs.date(app, "request-ack-date", ack == null ? null : ack.toLocalDate());
        TextField ackTime = Inputs.time("request-ack-time", ack == null ? null : ack.toLocalTime());
        form.field("acknowledgedAt", I18n.t("ledger.request.acknowledgedAt"), Inputs.row(ackDate, ackTime));
        LocalDateTime ans = existing == null || existing.answeredAt() == null ? null : LocalDateTime.ofInstant(existing.answeredAt(), zone);
        DateField answerDate = Inputs.date(app, "request-answered-date", ans == null ? null : ans.toLocalDate());
        TextField answerTime = Inputs.time("request-answered-time", ans == null ? null : ans.toLocalTime());
        form.field("answeredAt", I18n.t("ledger.request.answeredAt"), Inputs.row(answerDate, answerTime));
        CheckBox anythingElse = new CheckBox(I18n.t("ledger.request.anythingElse"));
        anythingElse.setId("request-anything-else");
        Inputs.wrap(anythingElse);
        anythingElse.setSelected(!creating && existing.askedAnythingElse());
        form.addRow(anythingElse);

        Label targets = Inputs.muted("");
        targets.setId("request-targets");
        TextArea reply = new TextArea();
        reply.setId("request-reply");
        reply.setPrefRowCount(8);
        reply.setWrapText(true);
        reply.setPromptText(I18n.t("ledger.request.replyPrompt"));
        Button acknowledge = new Button(I18n.t("ledger.request.acknowledge") + "  Alt+A", Icons.of(Feather.CHECK));
        acknowledge.setId("request-acknowledge");
        acknowledge.setMnemonicParsing(false);
        form.onKeys(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.A,
                javafx.scene.input.KeyCombination.ALT_DOWN), acknowledge::fire);
        Button answer = new Button(I18n.t("ledger.request.answer"), Icons.of(Feather.SEND));
        answer.setId("request-answer");
        Button copy = new Button(I18n.t("ledger.request.copy"), Icons.of(Feather.COPY));
        copy.setId("request-copy");
        copy.getStyleClass().add(Styles.FLAT);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(reply.getText());
            Clipboard.getSystemClipboard().setContent(content);
            app.status().say(I18n.t("ledger.request.copied"));
        });
        form.field("reply", I18n.t("ledger.request.reply"), new VBox(6, targets,
                dev.rapport.ui.mail.ReplyHandOff.add(new javafx.scene.layout.FlowPane(8, 8, acknowledge, answer, copy), app, existing, reply), reply));

        Runnable showTargets = () -> {
            if (client.getValue() == null) {
                targets.setText("");
                return;
            }
            ResponseTargets t = ledger.targets(client.getValue().id());
            targets.setText(I18n.t(t.roundTheClock() ? "ledger.request.targetsRoundTheClock" : "ledger.request.targetsWorkingHours",
                    t.acknowledgeHours(), t.answerHours()));
        };
        client.valueProperty().addListener((o, a, b) -> showTargets.run());
        showTargets.run();

        acknowledge.setOnAction(e -> {
            try {
                form.clearErrors();
                Request r = build(app, existing, client, contact, receivedDate, receivedTime, channel, subject, questions, answers,
                        ackDate, ackTime, answerDate, answerTime, anythingElse, zone);
                if (ackDate.getEditor().getText().isBlank()) {
                    ackDate.setValue(now.toLocalDate());
                    ackTime.setText(now.toLocalTime().toString());
                }
                Instant by = ledger.answerBy(r);
                ZoneId theirs = theirZone(contact.getValue(), zone);
                reply.setText(app.session().mailReplies().acknowledgement(contact.getValue(), by.atZone(theirs), r.questions()));
            } catch (RapportException x) {
                form.showError(x);
            }
        });
        answer.setOnAction(e -> {
            try {
                form.clearErrors();
                Request r = build(app, existing, client, contact, receivedDate, receivedTime, channel, subject, questions, answers,
                        ackDate, ackTime, answerDate, answerTime, anythingElse, zone);
                if (answerDate.getEditor().getText().isBlank()) {
                    answerDate.setValue(now.toLocalDate());
                    answerTime.setText(now.toLocalTime().toString());
                }
                anythingElse.setSelected(true);
                reply.setText(app.session().mailReplies().answer(contact.getValue(), r.questions(), r.answers()));
            } catch (RapportException x) {
                form.showError(x);
            }
        });

        if (!creating) {
            Button delete = DeleteButton.of(app, "request-delete", I18n.t("ledger.request.delete"),
                    I18n.t("ledger.request.deleteQuestion"), I18n.t("ledger.request.deleteMessage", Formats.ellipsis(existing.title(), 80)),
                    I18n.t("ledger.request.deleted"),
                    () -> ledger.deleteRequest(existing.id()), () -> ledger.save(existing.withId(0)));
            form.addRow(delete);
        }

        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                Request r = build(app, existing, client, contact, receivedDate, receivedTime, channel, subject, questions, answers,
                        ackDate, ackTime, answerDate, answerTime, anythingElse, zone);
                String clientName = client.getValue() == null ? "" : client.getValue().name();
                form.save(app.background(), () -> ledger.save(r), stored -> {
                    app.sheets().close();
                    app.status().say(I18n.t(creating ? "ledger.request.recordedStatus" : "ledger.request.savedStatus", clientName));
                    saved.accept(stored);
                });
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        return form;
    }

    private static ZoneId theirZone(Contact c, ZoneId fallback) {
        try {
            return c == null || c.timeZone().isEmpty() ? fallback : ZoneId.of(c.timeZone());
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    private static Request build(AppContext app, Request existing, ComboBox<Client> client, ComboBox<Contact> contact,
                                 DateField receivedDate, TextField receivedTime, ComboBox<Channel> channel, TextField subject,
                                 TextArea questions, List<TextArea> answers, DateField ackDate, TextField ackTime,
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
                subject.getText(), Questions.fromNumbered(questions.getText()),
                ack == null ? null : ack.atZone(zone).toInstant(), ans == null ? null : ans.atZone(zone).toInstant(),
                answers.stream().map(TextArea::getText).toList(), anythingElse.isSelected(), zone);
    }
}
