package dev.rapport.ui.mail;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.NameOrder;
import dev.rapport.logic.MailIntake;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Form;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Journal → Unmatched mail: the messages no known address matched, each with a person to assign
 * it to (the message is then imported as theirs and the sender's address becomes one of their
 * emails) or Ignore (remembered: it is not listed again). Every part is a control the Tab key reaches.
 */
public final class UnmatchedMail {
    /** A person to assign to, named with their client. */
    public record Choice(Contact person, String clientName) {
    }

    /** What the list shows: the waiting messages and everyone they could be assigned to. */
    public record Listing(List<MailIntake.Waiting> waiting, List<Choice> people) {
    }

    private final AppContext app;
    private final Runnable changed;

    public UnmatchedMail(AppContext app, Runnable changed) {
        this.app = app;
        this.changed = changed;
    }

    public MenuItem menuItem() {
        MenuItem item = new MenuItem(I18n.t("mail.unmatched.menu"));
        item.setId("menu-unmatched-mail");
        item.setUserData(this);
        item.setOnAction(e -> open());
        return item;
    }

    /** Reads the list off the FX thread and shows it in a sheet. */
    public void open() {
        app.background().run(this::listing, this::show, t -> app.dialogs().error(I18n.t("mail.unmatched.title"), t.getMessage()));
    }

    /** The list as the journal has it now (call off the FX thread). */
    public Listing listing() {
        Map<Long, String> clients = app.session().clients().all().stream().collect(Collectors.toMap(Client::id, Client::name));
        List<Choice> people = app.session().contacts().people().stream()
                .map(p -> new Choice(p.contact(), clients.getOrDefault(p.contact().clientId(), "")))
                .sorted(Comparator.comparing((Choice c) -> c.person().name(), NameOrder.current())).toList();
        return new Listing(app.session().mail().unmatched(), people);
    }

    private void show(Listing listing) {
        Form form = new Form(I18n.t("mail.unmatched.title"), I18n.plural("mail.unmatched.count", listing.waiting().size()));
        form.setId("unmatched-mail-sheet");
        if (listing.waiting().isEmpty()) {
            Label none = new Label(I18n.t("mail.unmatched.none"));
            none.setWrapText(true); // a sentence: whole on two lines at a large text size
            form.addRow(none);
        }
        for (MailIntake.Waiting w : listing.waiting()) {
            form.addRow(row(w, listing.people()));
        }
        form.setSaveText(I18n.t("mail.ui.close"));
        form.onSave(() -> app.sheets().close());
        form.onCancel(() -> app.sheets().close());
        app.sheets().show(form);
    }

    /** One waiting message: who sent it and when, a person to assign it to, Assign and Ignore. */
    public Node row(MailIntake.Waiting w, List<Choice> people) {
        ZoneId zone = app.session().clock().getZone();
        Label what = new Label(I18n.t("mail.unmatched.line", w.sender(), w.subject().isBlank() ? I18n.t("mail.noSubject") : w.subject(),
                I18n.date(LocalDate.ofInstant(w.sent(), zone))));
        what.setWrapText(true);
        ComboBox<Choice> person = new ComboBox<>();
        person.getStyleClass().add("unmatched-person");
        person.setPromptText(I18n.t("mail.unmatched.choose"));
        person.setAccessibleText(I18n.t("mail.unmatched.assignTo", w.sender()));
        person.getItems().setAll(people);
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.clientName().isEmpty() ? c.person().name() : c.person().name() + " · " + c.clientName();
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        Button assign = new Button(I18n.t("mail.unmatched.assign"));
        assign.getStyleClass().add("unmatched-assign");
        assign.disableProperty().bind(person.valueProperty().isNull());
        Button ignore = new Button(I18n.t("mail.ui.ignore"));
        ignore.getStyleClass().addAll("unmatched-ignore", Styles.FLAT);
        Label done = new Label();
        done.getStyleClass().add(Styles.TEXT_MUTED);
        HBox actions = new HBox(8, person, assign, ignore);
        VBox box = new VBox(4, what, actions, done);
        box.getStyleClass().add("unmatched-row");
        Function<String, Runnable> finish = text -> () -> {
            actions.setDisable(true);
            done.setText(text);
            changed.run();
        };
        assign.setOnAction(e -> {
            Choice c = person.getValue();
            actions.setDisable(true);
            app.background().run(() -> app.session().mail().assign(w.key(), c.person().id()),
                    outcome -> finish.apply(I18n.t("mail.unmatched.assigned", c.person().name())).run(),
                    t -> {
                        actions.setDisable(false);
                        app.dialogs().error(I18n.t("mail.unmatched.title"), t.getMessage());
                    });
        });
        ignore.setOnAction(e -> {
            actions.setDisable(true);
            app.background().run(() -> {
                app.session().mail().ignore(w.key());
                return null;
            }, r -> finish.apply(I18n.t("mail.unmatched.ignored")).run(), t -> actions.setDisable(false));
        });
        return box;
    }
}
