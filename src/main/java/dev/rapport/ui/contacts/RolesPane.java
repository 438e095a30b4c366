package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Writes;
import dev.rapport.ui.controls.ClientPicker;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A person's roles inside their sheet: each with its client and dates, current ones first; End
 * (on a day) for a current role, and a new role at another client. "Changed employer" is one of
 * each; what happened at the old client stays there. Each change is stored at once, with Undo.
 */
final class RolesPane extends VBox {
    private final AppContext app;
    private final long contactId;
    private final Runnable changed;
    private final VBox rows = new VBox(6);
    private final Label error = new Label();
    private final ClientPicker client = new ClientPicker("role-client");
    private final TextField title = new TextField();
    private final DateField from;
    private final RolesViewModel model;
    private Map<Long, String> clientNames = Map.of();

    RolesPane(AppContext app, long contactId, Runnable changed) {
        this.app = app;
        from = new DateField(app.session().clock());
        this.contactId = contactId;
        this.changed = changed;
        model = new RolesViewModel(app.session(), app.background(), failure -> showError(failure.getMessage()), contactId);
        setId("contact-roles");
        setSpacing(10);
        getStyleClass().add("roles-pane");
        Label heading = new Label(I18n.t("contacts.roles.heading"));
        heading.getStyleClass().add("field-label");
        error.setId("roles-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.setManaged(false);
        getChildren().addAll(heading, rows, error, addRow());
        reload();
    }

    private VBox addRow() {
        Label caption = new Label(I18n.t("contacts.roles.addHeading"));
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        client.setPromptText(I18n.t("contacts.roles.client"));
        title.setId("role-title");
        title.setPromptText(I18n.t("contacts.field.title"));
        from.setId("role-from");
        from.setPromptText(I18n.t("contacts.roles.from"));
        from.setValue(today());
        from.setPrefWidth(150);
        from.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(I18n.t("contacts.roles.add"), Icons.of(Feather.PLUS));
        add.setId("role-add");
        add.setOnAction(e -> add());
        add.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox second = new HBox(8, title, from);
        second.setAlignment(Pos.CENTER_LEFT);
        HBox third = new HBox(add);
        third.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, caption, client, second, third);
        box.getStyleClass().add("roles-add");
        return box;
    }

    private LocalDate today() {
        return LocalDate.now(app.session().clock());
    }

    private void reload() {
        model.load(this::show);
    }

    private void show(RolesViewModel.Roles roles) {
        Person person = roles.person().orElse(null);
        clientNames = roles.clients().stream().collect(Collectors.toMap(Client::id, Client::name));
        client.offer(roles.clients(), null);
        rows.getChildren().clear();
        if (person == null) {
            return;
        }
        LocalDate today = today();
        int i = 0;
        for (ContactRole r : person.roles()) {
            rows.getChildren().add(row(r, today, i++, person.roles().size()));
        }
    }

    private VBox row(ContactRole r, LocalDate today, int index, int count) {
        String name = clientNames.getOrDefault(r.clientId(), "?");
        Label what = new Label(RoleText.title(r, name));
        what.setWrapText(true);
        what.setId("role-" + index);
        what.getStyleClass().add(Styles.TEXT_BOLD);
        Label when = new Label(RoleText.dates(r, today));
        when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox top = new HBox(8, what);
        top.setAlignment(Pos.CENTER_LEFT);
        if (!r.isCurrentOn(today)) {
            Label past = new Label(I18n.t("contacts.role.past"));
            past.getStyleClass().addAll("badge", "role-past");
            top.getChildren().add(past);
        }
        VBox text = new VBox(2, top, when);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, text, spacer);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, line);
        box.getStyleClass().add("role-row");
        if (r.isCurrentOn(today)) {
            Button end = new Button(I18n.t("contacts.roles.end"));
            end.setId("role-end-" + index);
            end.getStyleClass().addAll(Styles.SMALL);
            end.setMinWidth(Region.USE_PREF_SIZE);
            end.setOnAction(e -> askEnd(box, end, r, today));
            line.getChildren().add(end);
        } else if (count > 1) {
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.setId("role-remove-" + index);
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
            remove.setAccessibleText(I18n.t("contacts.roles.remove"));
            remove.setOnAction(e -> remove(r));
            line.getChildren().add(remove);
        }
        return box;
    }

    /** Asks for the day the role ended, beneath the role. */
    private void askEnd(VBox box, Button end, ContactRole r, LocalDate today) {
        end.setDisable(true);
        DateField day = new DateField(app.session().clock(), today);
        day.setId("role-end-day");
        day.setPrefWidth(150);
        day.setMinWidth(Region.USE_PREF_SIZE);
        Button confirm = new Button(I18n.t("contacts.roles.endConfirm"));
        confirm.setMinWidth(Region.USE_PREF_SIZE);
        confirm.setId("role-end-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        Label on = new Label(I18n.t("contacts.roles.endedOn"));
        HBox ask = new HBox(8, on, day, confirm);
        ask.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().add(ask);
        confirm.setOnAction(e -> {
            LocalDate ended = day.getValue() == null ? today : day.getValue();
            String what = RoleText.title(r, clientNames.getOrDefault(r.clientId(), "?"));
            confirm.setDisable(true);
            Writes.run(app, () -> model.end(r.id(), ended), before -> {
                app.status().sayWithUndo(I18n.t("contacts.roles.ended", what), Writes.undo(app,
                        () -> model.restore(before), I18n.t("contacts.roles.endUndone", what), this::refresh));
                refresh();
            }, failure -> {
                confirm.setDisable(false);
                showError(failure.getMessage());
            });
        });
    }

    private void add() {
        try {
            if (client.getValue() == null) {
                showError(I18n.t("contacts.error.roleClient"));
                return;
            }
            ContactRole role = ContactRole.start(contactId, client.getValue().id(), title.getText(), from.getValue());
            String clientName = client.getValue().name();
            Writes.run(app, () -> model.add(role), added -> {
                String what = RoleText.title(added, clientName);
                app.status().sayWithUndo(I18n.t("contacts.roles.added", what), Writes.undo(app,
                        () -> model.remove(added.id()), I18n.t("contacts.roles.addUndone", what), this::refresh));
                client.setValue(null);
                title.clear();
                refresh();
            }, failure -> showError(failure.getMessage()));
        } catch (RapportException ex) {
            showError(ex.getMessage());
        }
    }

    private void remove(ContactRole r) {
        String what = RoleText.title(r, clientNames.getOrDefault(r.clientId(), "?"));
        Writes.run(app, () -> model.remove(r.id()), none -> {
            app.status().sayWithUndo(I18n.t("contacts.roles.removed", what), Writes.undo(app,
                    () -> model.add(r.withId(0)), null, this::refresh));
            refresh();
        }, failure -> showError(failure.getMessage()));
    }

    private void refresh() {
        error.setText("");
        error.setManaged(false);
        if (getScene() != null) {
            reload();
        }
        changed.run();
    }

    private void showError(String message) {
        error.setText(message);
        error.setManaged(true);
    }
}
