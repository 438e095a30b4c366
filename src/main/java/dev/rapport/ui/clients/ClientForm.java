package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Rhythm;
import dev.rapport.model.ValidationException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.SheetSave;

import java.util.function.Consumer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Create or edit a client. */
public final class ClientForm {
    private ClientForm() {
    }

    public static Form open(AppContext app, Client existing, Consumer<Client> saved) {
        boolean creating = existing == null;
        Form form = new Form(I18n.t(creating ? "clients.form.new" : "clients.form.edit"),
                creating ? I18n.t("clients.form.subtitle") : existing.name());
        TextField name = form.field("name", I18n.t("clients.form.name"), new TextField());
        name.setId("client-name");
        ComboBox<ClientStatus> status = form.field("status", I18n.t("clients.form.status"), new ComboBox<>());
        status.getItems().setAll(ClientStatus.values());
        status.setConverter(new EnumLabels<>(ClientStatus::label));
        TextField industry = form.field("industry", I18n.t("clients.form.industry"), new TextField());
        industry.setId("client-industry");
        TextField ideal = form.field("rhythmIdeal", I18n.t("clients.form.rhythmIdeal"), new TextField(),
                I18n.t("clients.form.rhythmIdeal.help"));
        ideal.setId("client-rhythm-ideal");
        TextField max = form.field("rhythmMax", I18n.t("clients.form.rhythmMax"), new TextField());
        max.setId("client-rhythm-max");
        TextField tags = form.field("tags", I18n.t("clients.form.tags"), new TextField(), I18n.t("clients.form.tags.help"));
        tags.setId("client-tags");
        TextArea notes = form.field("notes", I18n.t("clients.form.notes"), new TextArea());
        notes.setPrefRowCount(5);
        notes.setWrapText(true);

        Client start = creating ? new Client(0, "Unnamed", null, false, "", "", app.session().settings().current().defaultRhythm())
                : existing;
        name.setText(creating ? "" : start.name());
        status.setValue(start.status());
        industry.setText(start.industry());
        ideal.setText(Integer.toString(start.rhythm().idealDays()));
        max.setText(Integer.toString(start.rhythm().maxDays()));
        notes.setText(start.notes());
        tags.setText(creating ? "" : String.join(", ", app.session().clientList().tags().getOrDefault(start.id(), java.util.List.of())));

        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            Rhythm rhythm = new Rhythm(days("rhythmIdeal", ideal.getText()), days("rhythmMax", max.getText()));
            Client client = new Client(start.id(), name.getText(), status.getValue(),
                    !creating && existing.archived(), industry.getText(), notes.getText(), rhythm);
            String tagText = tags.getText();
            dev.rapport.model.Interaction.parseTags(tagText);
            SheetSave.thenClose(app, form, () -> app.session().inOneTransaction(() -> {
                Client stored = app.session().clients().save(client);
                app.session().clientList().setTags(stored.id(), tagText);
                return stored;
            }), stored -> I18n.t(creating ? "clients.form.created" : "clients.form.saved", stored.name()), saved);
        });
        app.sheets().show(form);
        name.requestFocus();
        return form;
    }

    static int days(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, I18n.t("clients.form.wholeDays"));
        }
    }
}
