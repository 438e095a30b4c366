package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Writes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A client page's People tab: everyone with a role at the client, current first, past roles
 * with their dates, and the roles each holds elsewhere.
 */
public final class PeopleTab extends VBox {
    private final AppContext app;
    private final long clientId;
    private final Supplier<String> clientName;
    private final Runnable changed;
    private final ListView<Person> people = new ListView<>();
    private Map<Long, String> clientNames = Map.of();
    private LocalDate today = LocalDate.now();

    /** changed: the page reloads (header counts, this tab). */
    public PeopleTab(AppContext app, long clientId, Supplier<String> clientName, Runnable changed) {
        this.app = app;
        this.clientId = clientId;
        this.clientName = clientName;
        this.changed = changed;
        setSpacing(8);
        people.setId("client-people");
        people.setCellFactory(l -> new PersonCell());
        Label noPeople = new Label(I18n.t("contacts.people.none"));
        noPeople.getStyleClass().add(Styles.TEXT_MUTED);
        people.setPlaceholder(noPeople);
        people.setOnMouseClicked(e -> {
            Person p = people.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && p != null) {
                edit(p.contact());
            }
        });
        Button addPerson = new Button(I18n.t("contacts.people.add"), Icons.of(Feather.USER_PLUS));
        addPerson.setId("add-person");
        addPerson.setOnAction(e -> ContactForm.open(app, clientId, clientName.get(), null, c -> changed.run()));
        Button edit = new Button(I18n.t("contacts.people.edit"));
        edit.setId("edit-person");
        edit.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(people.getSelectionModel().getSelectedItem().contact()));
        Button remove = new Button(I18n.t("contacts.people.remove"));
        remove.setId("remove-person");
        remove.getStyleClass().add(Styles.DANGER);
        remove.disableProperty().bind(people.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove(people.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(8, addPerson, edit, remove);
        getChildren().addAll(bar, people);
        VBox.setVgrow(people, Priority.ALWAYS);
    }

    /** Loads on the background thread what {@link #show} shows. */
    public Loaded load() {
        return new Loaded(app.session().contacts().peopleAt(clientId),
                app.session().clients().all().stream().collect(Collectors.toMap(Client::id, Client::name)),
                app.session().contacts().today());
    }

    public record Loaded(List<Person> people, Map<Long, String> clientNames, LocalDate today) {
    }

    public void show(Loaded data) {
        clientNames = data.clientNames();
        today = data.today();
        people.getItems().setAll(data.people());
    }

    private void edit(Contact c) {
        ContactForm.open(app, clientId, clientName.get(), c, saved -> changed.run());
    }

    private void remove(Person p) {
        Contact c = p.contact();
        String elsewhere = p.rolesElsewhere(clientId).stream().map(r -> clientNames.getOrDefault(r.clientId(), "?"))
                .distinct().collect(Collectors.joining(", "));
        String message = I18n.t("contacts.remove.text", c.name(), clientName.get())
                + (elsewhere.isEmpty() ? "" : "\n\n" + I18n.t("contacts.remove.elsewhere", c.name(), elsewhere));
        if (app.dialogs().confirm(I18n.t("contacts.remove.title", c.name()), message, I18n.t("contacts.remove.action"))) {
            Writes.run(app, () -> app.session().contacts().delete(c.id()), () -> {
                app.status().sayWithUndo(I18n.t("contacts.remove.done", c.name()), Writes.undo(app, () -> restore(p), null, changed));
                changed.run();
            });
        }
    }

    /** Brings a removed person back (a new id) with their roles and tags. */
    private void restore(Person p) {
        app.session().inOneTransaction(() -> {
            Contact again = app.session().contacts().save(p.contact().withId(0));
            List<ContactRole> first = app.session().contacts().person(again.id()).orElseThrow().roles();
            for (ContactRole r : p.roles()) {
                app.session().contacts().addRole(new ContactRole(0, again.id(), r.clientId(), r.title(), r.from(), r.to()));
            }
            first.forEach(r -> app.session().contacts().removeRole(r.id()));
            app.session().people().setTags(again.id(), String.join(", ", p.tags()));
            return again;
        });
    }

    private final class PersonCell extends ListCell<Person> {
        @Override
        protected void updateItem(Person p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Contact c = p.contact();
            boolean current = p.currentAt(clientId, today);
            Label name = new Label(c.name() + (c.contextCarrier() && c.clientId() == clientId ? "  ★ " + I18n.t("contacts.people.carrier") : ""));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(8, name);
            top.setAlignment(Pos.CENTER_LEFT);
            if (!current) {
                Label past = new Label(I18n.t("contacts.role.past"));
                past.getStyleClass().addAll("badge", "role-past");
                top.getChildren().add(past);
                name.getStyleClass().add(Styles.TEXT_MUTED);
            }
            VBox box = new VBox(2, top);
            String here = p.rolesAt(clientId).stream().map(r -> {
                String dates = RoleText.dates(r, today);
                return r.title().isEmpty() ? dates : dates.isEmpty() ? r.title() : r.title() + " · " + dates;
            }).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
            StringBuilder facts = new StringBuilder(here);
            append(facts, c.email());
            append(facts, c.phone());
            if (c.preferredChannel() != null) {
                append(facts, I18n.t("contacts.people.prefers", c.preferredChannel().label().toLowerCase()));
            }
            append(facts, dev.rapport.i18n.ZonePlaces.get().label(c.timeZone(), I18n.language(), app.session().clock().instant()));
            Label detail = new Label(facts.toString());
            detail.getStyleClass().add(Styles.TEXT_MUTED);
            box.getChildren().add(detail);
            String others = p.rolesElsewhere(clientId).stream().filter(r -> r.isCurrentOn(today))
                    .map(r -> RoleText.title(r, clientNames.getOrDefault(r.clientId(), "?"))).collect(Collectors.joining("; "));
            if (!others.isEmpty()) {
                Label also = new Label(I18n.t("contacts.people.also", others));
                also.getStyleClass().add(Styles.TEXT_SMALL);
                box.getChildren().add(also);
            }
            if (!p.tags().isEmpty()) {
                Label tags = new Label("#" + String.join("  #", p.tags()));
                tags.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.ACCENT);
                box.getChildren().add(tags);
            }
            if (!c.notes().isEmpty()) {
                Label notes = new Label(Formats.ellipsis(c.notes(), 140));
                notes.getStyleClass().add(Styles.TEXT_SMALL);
                box.getChildren().add(notes);
            }
            setGraphic(box);
            setText(null);
        }

        private void append(StringBuilder b, String s) {
            if (s != null && !s.isEmpty()) {
                b.append(b.length() == 0 ? "" : " · ").append(s);
            }
        }
    }
}
