package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Language;
import dev.rapport.model.Channel;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactRole;
import dev.rapport.model.Person;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.SheetSave;
import dev.rapport.ui.controls.ZonePicker;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/**
 * Add or edit a person, seen from one client (the page the sheet was opened from): their title
 * there, their own details and tags, and, for someone already known, every role they hold or
 * held (add a role at another client, end one).
 */
public final class ContactForm {
    private ContactForm() {
    }

    public static Form open(AppContext app, long clientId, String clientName, Contact existing, Consumer<Contact> saved) {
        boolean creating = existing == null;
        Form form = new Form(I18n.t(creating ? "contacts.form.addTitle" : "contacts.form.editTitle"), clientName);
        ContactFormModel model = new ContactFormModel(app.session(), app.background());
        TextField name = form.field("name", I18n.t("contacts.field.name"), new TextField());
        name.setId("contact-name");
        TextField role = form.field("role", I18n.t("contacts.field.titleAt", clientName), new TextField());
        role.setId("contact-role");
        TextField email = form.field("email", I18n.t("contacts.field.email"), new TextField());
        email.setId("contact-email");
        OtherEmails otherEmails = form.field("otherEmails", I18n.t("contacts.field.otherEmails"),
                new OtherEmails(List.of()));
        ComboBox<Language> language = form.field("language", I18n.t("contacts.field.language"), new ComboBox<>(),
                I18n.t("contacts.field.languageHelp"));
        language.setId("contact-language");
        language.getItems().add(null);
        language.getItems().addAll(Language.values());
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? I18n.t("contacts.field.languageUnknown") : l.nativeName();
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        TextField phone = form.field("phone", I18n.t("contacts.field.phone"), new TextField());
        phone.setId("contact-phone");
        ComboBox<Channel> channel = form.field("preferredChannel", I18n.t("contacts.field.channel"), new ComboBox<>());
        channel.getItems().add(null);
        channel.getItems().addAll(Channel.values());
        channel.setConverter(new EnumLabels<>(Channel::label));
        ZonePicker zone = form.field("timeZone", I18n.t("contacts.field.zone"), new ZonePicker(app.session().clock()),
                I18n.t("contacts.field.zoneHelp"));
        zone.setId("contact-zone");
        boolean home = creating || existing.clientId() == clientId;
        CheckBox carrier = new CheckBox(I18n.t("contacts.field.carrierText"));
        carrier.setId("contact-carrier");
        carrier.setWrapText(true);
        carrier.setDisable(!home);
        form.field("contextCarrier", I18n.t("contacts.field.carrier"), carrier, home ? null : I18n.t("contacts.field.carrierHome"));
        TextField tags = form.field("tags", I18n.t("contacts.field.tags"), new TextField(), I18n.t("contacts.field.tagsHelp"));
        tags.setId("contact-tags");
        TextArea notes = form.field("notes", I18n.t("contacts.field.notes"), new TextArea());
        notes.setPrefRowCount(4);
        notes.setWrapText(true);

        if (!creating) {
            name.setText(existing.name());
            role.setText(existing.role());
            email.setText(existing.email());
            phone.setText(existing.phone());
            channel.setValue(existing.preferredChannel());
            zone.setZoneId(existing.timeZone());
            carrier.setSelected(home && existing.contextCarrier());
            notes.setText(existing.notes());
            model.known(existing.id(), form.fillingBeforeSave(known -> {
                Person person = known.person().orElse(null);
                role.setText(person == null ? existing.role() : person.rolesAt(clientId).stream().findFirst()
                        .map(ContactRole::title).orElse(""));
                tags.setText(person == null ? "" : String.join(", ", person.tags()));
                otherEmails.setEmails(known.otherEmails());
                language.setValue(known.language().orElse(null));
            }), form::showFailure);
            form.addRow(new RolesPane(app, existing.id(), () -> saved.accept(existing)));
        }
        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            ContactFormModel.Typed typed = new ContactFormModel.Typed(name.getText(), role.getText(), email.getText(),
                    phone.getText(), channel.getValue(), zone.zoneText(), notes.getText(), carrier.isSelected(), tags.getText(),
                    otherEmails.emails(), Optional.ofNullable(language.getValue()));
            SheetSave.thenClose(app, form, () -> model.save(existing, clientId, typed),
                    stored -> I18n.t(creating ? "contacts.form.added" : "contacts.form.saved", stored.name()), saved);
        });
        app.sheets().show(form);
        name.requestFocus();
        return form;
    }
}
