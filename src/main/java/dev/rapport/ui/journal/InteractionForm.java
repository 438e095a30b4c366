package dev.rapport.ui.journal;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.Interaction;
import dev.rapport.model.Mood;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.RecordForm;
import dev.rapport.ui.common.DeleteButton;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.controls.ClientPicker;
import dev.rapport.ui.health.ReviewSheet;
import dev.rapport.ui.health.SurveyPrompt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Write or edit one journal entry. */
public final class InteractionForm {
    private InteractionForm() {
    }

    public static Form open(AppContext app, Long clientId, Interaction existing, Consumer<Interaction> saved) {
        return open(app, clientId, existing, null, saved);
    }

    /** A new entry that writes up a meeting: filled in from it, and linked to it when saved (issue 23). */
    public static Form writeUp(AppContext app, WriteUpSheetModel writeUp, Consumer<Interaction> saved) {
        return open(app, writeUp.clientId(), null, writeUp, saved);
    }

    private static Form open(AppContext app, Long clientId, Interaction existing, WriteUpSheetModel writeUp, Consumer<Interaction> saved) {
        RecordForm<Interaction> sheet = new RecordForm<>(app, existing,
                I18n.t(writeUp != null ? "writeup.form.title" : "journal.form.new"), I18n.t("journal.form.edit"),
                I18n.t(writeUp != null ? "writeup.form.subtitle" : "journal.form.subtitle"));
        boolean creating = sheet.creating();
        Form form = sheet.form();
        ClientPicker client = sheet.client(I18n.t("journal.form.client"), "entry-client", creating ? clientId : Long.valueOf(existing.clientId()));
        DateField date = new DateField(app.session().clock());
        date.setId("entry-date");
        TextField time = new TextField();
        time.setId("entry-time");
        time.setPrefColumnCount(5);
        time.setPromptText(I18n.t("journal.form.timePrompt"));
        form.field("occurredAt", I18n.t("journal.form.when"), new HBox(8, date, time));
        TextField minutes = new TextField();
        minutes.setId("entry-minutes");
        minutes.setPrefColumnCount(5);
        if (writeUp != null) {
            form.field("minutes", I18n.t("writeup.form.duration"), minutes);
        }
        ComboBox<Channel> channel = sheet.choice("channel", I18n.t("journal.form.channel"), "entry-channel",
                new dev.rapport.ui.controls.TypePicker<>(), Channel.values(), Channel::label, null);
        TextField title = form.field("title", I18n.t("journal.form.title"), new TextField());
        title.setId("entry-title");
        PeoplePresent present = form.field("contacts", I18n.t("journal.form.people"),
                new PeoplePresent(app, form, client.valueProperty(),
                        writeUp != null ? writeUp.present() : creating ? Set.of() : Set.copyOf(existing.contactIds())));
        TextArea summary = sheet.area("summary", I18n.t("journal.form.summary"), "entry-summary", "", 5, null);
        ConversationItems items = form.field("items", I18n.t("journal.items.label"), new ConversationItems(app.session().clock()));
        form.onKeys(ConversationItems.PROMISE_KEYS, items::addPromise);
        form.onKeys(ConversationItems.REQUEST_KEYS, items::addRequest);
        form.onKeys(ConversationItems.PROBLEM_KEYS, items::addProblem);
        TextArea privateNotes = sheet.area("privateNotes", I18n.t("journal.form.private"), "entry-private", "", 3,
                I18n.t("journal.form.private.help"));
        privateNotes.getStyleClass().add("private-notes");
        TextField tags = form.field("tags", I18n.t("journal.form.tags"), new TextField(), I18n.t("journal.form.tags.help"));
        tags.setId("entry-tags");
        ComboBox<Mood> mood = form.field("mood", I18n.t("journal.form.mood"), new ComboBox<>());
        mood.getItems().add(null);
        mood.getItems().addAll(Mood.values());
        mood.setConverter(new EnumLabels<>(Mood::label));
        LocalDateTime now = LocalDateTime.now(app.session().clock()).truncatedTo(ChronoUnit.MINUTES);
        if (writeUp != null) {
            date.setValue(writeUp.date());
            time.setText(writeUp.time());
            minutes.setText(writeUp.minutes());
            channel.setValue(writeUp.channel());
            title.setText(writeUp.title());
        } else if (creating) {
            date.setValue(now.toLocalDate());
            time.setText(now.toLocalTime().toString());
            channel.setValue(Channel.MEETING);
        } else {
            date.setValue(existing.occurredAt().toLocalDate());
            time.setText(existing.occurredAt().toLocalTime().toString());
            channel.setValue(existing.channel());
            title.setText(existing.title());
            summary.setText(existing.summary());
            privateNotes.setText(existing.privateNotes());
            tags.setText(String.join(" ", existing.tags()));
            mood.setValue(existing.mood());
        }
        present.load();
        Optional<SurveyPrompt> survey = creating ? SurveyPrompt.attach(app, form, client.valueProperty()) : Optional.empty();

        if (!creating) {
            Button review = new Button(I18n.t("journal.form.review"));
            review.setId("entry-review");
            review.getStyleClass().add(Styles.FLAT);
            review.setOnAction(e -> ReviewSheet.open(app, existing.clientId(), existing.id(), r -> { }));
            form.addRow(review);
            Button delete = DeleteButton.of(app, "entry-delete", I18n.t("journal.delete.label"), I18n.t("journal.delete.question"),
                    I18n.t("journal.delete.text", existing.title()), I18n.t("journal.delete.done", existing.title()), () -> app.session().interactions().delete(existing.id()),
                    () -> app.session().interactions().save(existing.withId(0)));
            Button promise = new Button(I18n.t("journal.form.promise"));
            promise.setId("entry-make-promise");
            promise.getStyleClass().add(Styles.FLAT);
            promise.setOnAction(e -> dev.rapport.ui.ledger.PromiseForm.create(app, existing.clientId(), existing.id(),
                    dev.rapport.logic.PromiseLines.find(summary.getText()).stream().findFirst().orElse(""),
                    p -> { })); // the change notice reloads the screen behind
            form.addRow(new HBox(8, promise, delete));
        }

        sheet.onSave(() -> {
            Client chosen = client.getValue();
            List<Long> ids = present.chosenIds();
            // a new entry is written in this machine's zone; an edited one keeps the zone it was written in
            // a write-up keeps the meeting's zone, as the meeting was written in it
            LocalDateTime typed = dateTime(date, time.getText());
            Interaction entry = new Interaction(creating ? 0 : existing.id(), chosen == null ? 0 : chosen.id(),
                    writeUp != null ? writeUp.moment(typed) : typed.atZone(creating ? java.time.ZoneId.systemDefault() : existing.zone()),
                    channel.getValue(), title.getText(),
                    summary.getText(), privateNotes.getText(), Interaction.parseTags(tags.getText()), mood.getValue(), ids);
            long clientKey = chosen == null ? 0 : chosen.id();
            var promises = items.promises(clientKey, entry.occurredAt().toLocalDate());
            var requests = items.requests(clientKey, entry.instant(), entry.channel());
            var problems = items.problems(clientKey, entry.occurredAt().toLocalDate());
            Integer length = writeUp == null ? null : writeUp.minutes(minutes.getText());
            Consumer<Interaction> answer = survey.map(SurveyPrompt::answer).orElse(stored -> { });
            sheet.saveThenClose(() -> {
                Interaction stored = writeUp != null ? writeUp.save(entry, promises, requests, problems, length).entry()
                        : app.session().conversations().save(entry, promises, requests, problems).entry();
                answer.accept(stored);
                return stored;
            }, stored -> I18n.t(writeUp != null ? "writeup.form.saved" : creating ? "journal.form.logged" : "journal.form.saved",
                    stored.title(), chosen.name()), saved);
        });
        return sheet.show();
    }

    private static LocalDateTime dateTime(DateField picker, String typedTime) {
        if (!picker.isUnderstood()) {
            throw new ValidationException("occurredAt", I18n.t("journal.form.badDate", picker.getText(),
                    Formats.date(LocalDate.of(2026, 3, 31))));
        }
        LocalDate day = picker.getValue();
        if (day == null) {
            throw new ValidationException("occurredAt", I18n.t("journal.form.noDate"));
        }
        try {
            return LocalDateTime.of(day, LocalTime.parse(typedTime.strip().length() == 4 ? "0" + typedTime.strip() : typedTime.strip()));
        } catch (DateTimeParseException e) {
            throw new ValidationException("occurredAt", I18n.t("journal.form.badTime", typedTime));
        }
    }
}
