package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;
import dev.rapport.model.RapportException;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.EnumLabels;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Writes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * A client's dates that matter — engagement start and end, contract renewal, any event; its
 * people's birthdays and the day you met (how, and who introduced you) — listed, added, removed.
 */
public final class DatesSheet {
    private DatesSheet() {
    }

    public static Form open(AppContext app, Client client) {
        Form form = new Form(I18n.t("clients.dates.title"), I18n.t("clients.dates.subtitle", client.name()));
        VBox list = new VBox(6);
        list.setId("dates-list");
        form.addRow(list);
        DatesSheetModel model = new DatesSheetModel(app.session(), app.background(), form::showFailure, client.id());
        List<Contact> people = new java.util.ArrayList<>();
        ComboBox<DatedEvent.Kind> kind = form.field("kind", I18n.t("clients.dates.kind"), new ComboBox<>());
        kind.setId("date-kind");
        kind.getItems().setAll(DatedEvent.Kind.values());
        kind.setConverter(new EnumLabels<>(DatedEvent.Kind::label));
        kind.setValue(DatedEvent.Kind.RENEWAL);
        ComboBox<Contact> person = form.field("contact", I18n.t("clients.dates.person"), new dev.rapport.ui.controls.TypePicker<>());
        person.setId("date-person");
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Contact c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Contact fromString(String s) {
                return null;
            }
        });
        DateField on = form.field("on", I18n.t("clients.dates.on"), new DateField(app.session().clock()));
        on.setId("date-on");
        TextField label = form.field("label", I18n.t("clients.dates.label"), new TextField());
        label.setId("date-label");
        TextField note = form.field("note", I18n.t("clients.dates.note"), new TextField());
        note.setId("date-note");
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                DatedEvent event = new DatedEvent(0, client.id(),
                        kind.getValue() != null && kind.getValue().person() && person.getValue() != null ? person.getValue().id() : null,
                        kind.getValue(), on.read("on", I18n.t("clients.dates.on")), label.getText(), note.getText());
                form.save(app.background(), () -> model.add(event), saved -> {
                    app.status().say(I18n.t("clients.dates.added", saved.kind().label(), Formats.date(saved.on())));
                    label.clear();
                    note.clear();
                    on.setValue(null);
                    form.clearErrors();
                    model.reload(all -> fill(app, model, list, people, all));
                });
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        model.load(form.filling(read -> {
            people.addAll(read.people());
            person.getItems().setAll(read.people());
            fill(app, model, list, people, read.dates());
        }));
        app.sheets().show(form);
        return form;
    }

    private static void fill(AppContext app, DatesSheetModel model, VBox list, List<Contact> people, List<DatedEvent> all) {
        Map<Long, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.id(), p.name()));
        list.getChildren().clear();
        if (all.isEmpty()) {
            Label none = new Label(I18n.t("clients.dates.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        for (DatedEvent e : all) {
            String who = e.contactId() == null ? "" : " · " + names.getOrDefault(e.contactId(), "");
            Label text = new Label(Formats.date(e.on()) + "  " + e.kind().label() + who + (e.label().isEmpty() ? "" : " · " + e.label())
                    + (e.note().isEmpty() ? "" : " · " + e.note()));
            text.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(null, Icons.of(Feather.X));
            remove.setId("date-remove-" + e.id());
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new javafx.scene.control.Tooltip(I18n.t("clients.dates.remove")));
            remove.setAccessibleText(I18n.t("clients.dates.remove"));
            remove.setOnAction(x -> {
                remove.setDisable(true);
                Runnable shown = () -> model.reload(now -> fill(app, model, list, people, now));
                Writes.run(app, () -> model.remove(e), () -> {
                    app.status().sayWithUndo(I18n.t("clients.dates.removed"), Writes.undo(app, () -> model.putBack(e), null, shown));
                    shown.run();
                });
            });
            HBox row = new HBox(8, text, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }
}
