package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ContactRole;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.controls.ClientPicker;

import java.time.Clock;
import java.util.List;

import javafx.collections.ListChangeListener;
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
 * A person's roles inside their sheet: each with its client and dates, current ones first (see
 * {@link RoleRow}); and a new role at another client. "Changed employer" is one of each; what
 * happened at the old client stays there. Each change is stored at once, with Undo; the work is
 * {@link RolesViewModel}'s.
 */
final class RolesPane extends VBox {
    private final RolesViewModel model;
    private final Clock clock;
    private final VBox rows = new VBox(6);
    private final ClientPicker client = new ClientPicker("role-client");
    private final TextField title = new TextField();
    private final DateField from;

    /** changed: runs after each change (the sheet behind shows the person's current role). */
    RolesPane(AppContext app, long contactId, Runnable changed) {
        clock = app.session().clock();
        from = new DateField(clock);
        model = new RolesViewModel(app.session(), app.background(), contactId, said -> said.tell(app.status()));
        model.onChanged(() -> {
            if (getScene() != null) {
                model.load();
            }
            changed.run();
        });
        setId("contact-roles");
        setSpacing(10);
        getStyleClass().add("roles-pane");
        Label heading = new Label(I18n.t("contacts.roles.heading"));
        heading.getStyleClass().add("field-label");
        getChildren().addAll(heading, rows, error(), addRow());
        model.clients().addListener((ListChangeListener<Object>) c -> client.offer(List.copyOf(model.clients()), null));
        model.roles().addListener((ListChangeListener<ContactRole>) c -> showRoles());
        model.load();
    }

    private Label error() {
        Label error = new Label();
        error.setId("roles-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(model.errorProperty().isNotEmpty());
        return error;
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
        from.setValue(model.today());
        from.setPrefWidth(150);
        from.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(I18n.t("contacts.roles.add"), Icons.of(Feather.PLUS));
        add.setId("role-add");
        add.setOnAction(e -> model.add(client.getValue(), title.getText(), from.getValue(), () -> {
            client.setValue(null);
            title.clear();
        }));
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

    private void showRoles() {
        List<ContactRole> roles = model.roles();
        rows.getChildren().clear();
        for (int i = 0; i < roles.size(); i++) {
            rows.getChildren().add(new RoleRow(model, clock, roles.get(i), i, roles.size() > 1));
        }
    }
}
