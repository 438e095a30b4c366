package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ContactRole;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Icons;

import java.time.Clock;
import java.time.LocalDate;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * One role in the roles pane: "CFO at Acme", its dates and "past" when it ended; End for a current
 * role (asking the day beneath it), remove (×) for a past one when the person has others.
 */
final class RoleRow extends VBox {
    private final RolesViewModel model;
    private final Clock clock;
    private final ContactRole role;
    private final HBox line;

    /** index: the role's place in the list, for its ids ("role-0", "role-end-0"). */
    RoleRow(RolesViewModel model, Clock clock, ContactRole role, int index, boolean removable) {
        super(6);
        this.model = model;
        this.clock = clock;
        this.role = role;
        LocalDate today = model.today();
        Label what = new Label(model.title(role));
        what.setWrapText(true);
        what.setId("role-" + index);
        what.getStyleClass().add(Styles.TEXT_BOLD);
        Label when = new Label(RoleText.dates(role, today));
        when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox top = new HBox(8, what);
        top.setAlignment(Pos.CENTER_LEFT);
        if (!role.isCurrentOn(today)) {
            Label past = new Label(I18n.t("contacts.role.past"));
            past.getStyleClass().addAll("badge", "role-past");
            top.getChildren().add(past);
        }
        VBox text = new VBox(2, top, when);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(text, Priority.ALWAYS);
        line = new HBox(8, text, spacer);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(line);
        getStyleClass().add("role-row");
        if (role.isCurrentOn(today)) {
            Button end = new Button(I18n.t("contacts.roles.end"));
            end.setId("role-end-" + index);
            end.getStyleClass().addAll(Styles.SMALL);
            end.setMinWidth(Region.USE_PREF_SIZE);
            end.setOnAction(e -> askEnd(end, today));
            line.getChildren().add(end);
        } else if (removable) {
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.setId("role-remove-" + index);
            remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
            remove.setAccessibleText(I18n.t("contacts.roles.remove"));
            remove.setOnAction(e -> model.remove(role));
            line.getChildren().add(remove);
        }
    }

    /** Asks for the day the role ended, beneath the role. */
    private void askEnd(Button end, LocalDate today) {
        end.setDisable(true);
        DateField day = new DateField(clock, today);
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
        getChildren().add(ask);
        confirm.setOnAction(e -> {
            confirm.setDisable(true);
            model.end(role, day.getValue() == null ? today : day.getValue(), () -> confirm.setDisable(false));
        });
    }
}
