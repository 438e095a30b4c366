package dev.rapport.ui.clients;

import dev.rapport.model.Channel;
import dev.rapport.model.Contact;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.EnumLabels;

import java.util.function.Consumer;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Add or edit a person at a client. */
public final class ContactForm {
    private ContactForm() {
    }

    public static Form open(AppContext app, long clientId, String clientName, Contact existing, Consumer<Contact> saved) {
        boolean creating = existing == null;
        Form form = new Form(creating ? "Add a person" : "Edit person", clientName);
        TextField name = form.field("name", "Name", new TextField());
        name.setId("contact-name");
        TextField role = form.field("role", "Role", new TextField());
        role.setId("contact-role");
        TextField email = form.field("email", "Email", new TextField());
        email.setId("contact-email");
        TextField phone = form.field("phone", "Phone", new TextField());
        phone.setId("contact-phone");
        ComboBox<Channel> channel = form.field("preferredChannel", "Preferred channel", new ComboBox<>());
        channel.getItems().add(null);
        channel.getItems().addAll(Channel.values());
        channel.setConverter(new EnumLabels<>(Channel::label));
        TextField zone = form.field("timeZone", "Time zone", new TextField(), "A name like Europe/Vilnius; empty for yours.");
        zone.setId("contact-zone");
        CheckBox carrier = new CheckBox("Carries the relationship's context (stays involved from the sale onward)");
        carrier.setId("contact-carrier");
        carrier.setWrapText(true);
        form.field("contextCarrier", "Context", carrier);
        TextArea notes = form.field("notes", "Notes", new TextArea());
        notes.setPrefRowCount(4);
        notes.setWrapText(true);

        if (!creating) {
            name.setText(existing.name());
            role.setText(existing.role());
            email.setText(existing.email());
            phone.setText(existing.phone());
            channel.setValue(existing.preferredChannel());
            zone.setText(existing.timeZone());
            carrier.setSelected(existing.contextCarrier());
            notes.setText(existing.notes());
        }
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                Contact contact = new Contact(creating ? 0 : existing.id(), clientId, name.getText(), role.getText(),
                        email.getText(), phone.getText(), channel.getValue(), zone.getText(), notes.getText(), carrier.isSelected());
                Contact stored = app.session().contacts().save(contact);
                app.sheets().close();
                app.status().say((creating ? "Added " : "Saved ") + stored.name() + ".");
                saved.accept(stored);
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        name.requestFocus();
        return form;
    }
}
