package dev.rapport.ui.ledger;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.controls.ClientPicker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The inputs the ledger's sheets and screens share: client and person pickers, dates read from what was typed, figures. */
final class Inputs {
    private Inputs() {
    }

    /** A sheet's client picker, with the chosen client (even an archived one) chosen once the clients are read. */
    static ClientPicker clients(AppContext app, Form form, String id, Long selected) {
        ClientPicker picker = new ClientPicker(id);
        form.load(app.background(), () -> app.session().clients().all(), all -> picker.offer(all, selected));
        return picker;
    }

    /** A person picker that follows the chosen client; the first entry is "nobody in particular". */
    static ComboBox<Contact> contacts(AppContext app, Form form, String id, ComboBox<Client> client, Long selected) {
        ComboBox<Contact> box = new dev.rapport.ui.controls.TypePicker<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Contact c) {
                return c == null ? "—" : c.name();
            }

            @Override
            public Contact fromString(String s) {
                return null;
            }
        });
        Runnable load = () -> {
            Client chosen = client.getValue();
            box.getItems().setAll((Contact) null);
            box.setValue(null);
            if (chosen != null) {
                form.load(app.background(), () -> app.session().contacts().forClient(chosen.id()), people -> {
                    if (client.getValue() == chosen) {
                        box.getItems().setAll((Contact) null);
                        box.getItems().addAll(people);
                        box.setValue(people.stream().filter(c -> selected != null && c.id() == selected).findFirst().orElse(null));
                    }
                });
            }
        };
        client.valueProperty().addListener((o, a, b) -> load.run());
        load.run();
        return box;
    }

    static DateField date(AppContext app, String id, LocalDate value) {
        DateField field = new DateField(app.session().clock(), value);
        field.setId(id);
        field.setMaxWidth(240);
        return field;
    }

    /** The date as typed, or null when empty. */
    static LocalDate read(String field, String label, DateField picker) {
        return picker.read(field, label);
    }

    static LocalDate required(String field, String label, DateField picker) {
        LocalDate d = read(field, label, picker);
        if (d == null) {
            throw new ValidationException(field, I18n.t("ledger.input.required", label));
        }
        return d;
    }

    static TextField time(String id, LocalTime value) {
        TextField t = new TextField(value == null ? "" : value.toString());
        t.setId(id);
        t.setPrefColumnCount(5);
        t.setPromptText(I18n.t("ledger.input.timePrompt"));
        return t;
    }

    /** A date and time typed in two fields; null when both are empty. */
    static LocalDateTime readDateTime(String field, String label, DateField date, TextField time) {
        LocalDate day = read(field, label, date);
        String t = time.getText() == null ? "" : time.getText().strip();
        if (day == null && t.isEmpty()) {
            return null;
        }
        if (day == null) {
            throw new ValidationException(field, I18n.t("ledger.input.dateMissing", label));
        }
        if (t.isEmpty()) {
            throw new ValidationException(field, I18n.t("ledger.input.timeMissing", label));
        }
        try {
            return LocalDateTime.of(day, LocalTime.parse(t.length() == 4 ? "0" + t : t));
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, I18n.t("ledger.input.notATime", label, t));
        }
    }

    static HBox row(javafx.scene.Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** One figure in a strip: the value large, its name beneath. */
    static VBox figure(String id, String name, Label value, boolean detail) {
        value.setId(id);
        value.getStyleClass().addAll(detail ? Styles.TEXT : Styles.TITLE_3, "figure-value");
        Label caption = new Label(name);
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox box = new VBox(2, value, caption);
        box.getStyleClass().add("figure");
        return box;
    }

    /** Lets a long check box text (longer in some languages) wrap within the sheet instead of being cut. */
    static void wrap(javafx.scene.control.CheckBox box) {
        box.setWrapText(true);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        l.setWrapText(true);
        return l;
    }
}
