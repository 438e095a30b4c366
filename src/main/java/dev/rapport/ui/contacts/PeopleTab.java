package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Contact;
import dev.rapport.model.Person;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

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
    private final PeopleTabViewModel model;
    private final ListView<Person> people = new ListView<>();

    /** The page reads the tab's data with its own and hands it to the model; the page follows the change notice. */
    public PeopleTab(AppContext app, PeopleTabViewModel model, Supplier<String> clientName) {
        this.app = app;
        this.model = model;
        this.clientId = model.clientId();
        this.clientName = clientName;
        setSpacing(8);
        people.setId("client-people");
        people.setItems(model.people());
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
        addPerson.setOnAction(e -> ContactForm.open(app, clientId, clientName.get(), null, c -> { }));
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

    private void edit(Contact c) {
        ContactForm.open(app, clientId, clientName.get(), c, saved -> { });
    }

    private void remove(Person p) {
        Contact c = p.contact();
        String elsewhere = model.elsewhere(p);
        String message = I18n.t("contacts.remove.text", c.name(), clientName.get())
                + (elsewhere.isEmpty() ? "" : "\n\n" + I18n.t("contacts.remove.elsewhere", c.name(), elsewhere));
        if (app.dialogs().confirm(I18n.t("contacts.remove.title", c.name()), message, I18n.t("contacts.remove.action"))) {
            model.remove(p, undo -> app.status().sayWithUndo(I18n.t("contacts.remove.done", c.name()), undo),
                    t -> app.status().say(t.getMessage()));
        }
    }

    private final class PersonCell extends ListCell<Person> {
        PersonCell() {
            // mail dropped on a person: an unknown sender is taken to be them
            new dev.rapport.ui.data.MailDrop(app, () -> { }).install(this, () -> getItem() == null ? null
                    : dev.rapport.logic.MailIntake.Context.person(getItem().contact().clientId(), getItem().contact().id()));
        }

        @Override
        protected void updateItem(Person p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Contact c = p.contact();
            boolean current = p.currentAt(clientId, model.today());
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
                String dates = RoleText.dates(r, model.today());
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
            String others = p.rolesElsewhere(clientId).stream().filter(r -> r.isCurrentOn(model.today()))
                    .map(r -> RoleText.title(r, model.clientName(r.clientId()))).collect(Collectors.joining("; "));
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
