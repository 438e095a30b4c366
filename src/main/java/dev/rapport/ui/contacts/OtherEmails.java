package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.common.Icons;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * A person's emails besides their first one: one field each with a Remove button, and "Add
 * email" for one more (the new field takes the focus, so it all works from the keyboard).
 */
final class OtherEmails extends VBox {
    private final VBox rows = new VBox(4);

    OtherEmails(List<String> emails) {
        super(4);
        setId("contact-other-emails");
        Button add = new Button(I18n.t("contacts.field.addEmail"), Icons.of(Feather.PLUS));
        add.setId("contact-add-email");
        add.getStyleClass().add(Styles.FLAT);
        add.setOnAction(e -> addRow("").requestFocus());
        emails.forEach(this::addRow);
        getChildren().addAll(rows, add);
    }

    /** Shows these emails in place of those shown. */
    void setEmails(List<String> emails) {
        rows.getChildren().clear();
        emails.forEach(this::addRow);
    }

    private TextField addRow(String email) {
        TextField field = new TextField(email);
        field.getStyleClass().add("contact-other-email");
        field.setAccessibleText(I18n.t("contacts.field.otherEmail"));
        HBox.setHgrow(field, Priority.ALWAYS);
        Button remove = new Button(I18n.t("contacts.field.removeEmail"), Icons.of(Feather.X));
        remove.getStyleClass().add(Styles.FLAT);
        remove.setAccessibleText(I18n.t("contacts.field.removeEmail"));
        HBox row = new HBox(6, field, remove);
        remove.setOnAction(e -> rows.getChildren().remove(row));
        rows.getChildren().add(row);
        return field;
    }

    /** The emails as written, blanks left out (the journal checks each and drops repeats). */
    List<String> emails() {
        return rows.getChildren().stream().map(n -> ((TextField) ((HBox) n).getChildren().get(0)).getText())
                .filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }
}
