package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.LedgerService;
import dev.rapport.model.Client;
import dev.rapport.model.RapportException;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WorkingHours;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.controls.ZonePicker;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** A client's response targets, the consultant's working hours and zone, and the reply templates (DOMAIN §4, §7). */
public final class ResponseSettingsForm {
    private ResponseSettingsForm() {
    }

    public static Form open(AppContext app, Long clientId, Runnable saved) {
        Form form = new Form(I18n.t("ledger.targets.title"), I18n.t("ledger.targets.subtitle"));
        ResponseSettingsModel model = new ResponseSettingsModel(app.session(), app.background(), form::showFailure);
        ComboBox<Client> client = form.field("client", I18n.t("ledger.field.client"), Inputs.clients(app, form, "targets-client", clientId));
        TextField ack = form.field("acknowledgeHours", I18n.t("ledger.targets.acknowledgeHours"), new TextField());
        ack.setId("targets-ack");
        TextField answer = form.field("answerHours", I18n.t("ledger.targets.answerHours"), new TextField());
        answer.setId("targets-answer");
        CheckBox roundTheClock = new CheckBox(I18n.t("ledger.targets.roundTheClock"));
        roundTheClock.setId("targets-round-the-clock");
        Inputs.wrap(roundTheClock);
        form.addRow(roundTheClock);
        Runnable load = () -> model.targets(client.getValue() == null ? null : client.getValue().id(), form.fillingBeforeSave(t -> {
            ack.setText(Integer.toString(t.acknowledgeHours()));
            answer.setText(Integer.toString(t.answerHours()));
            roundTheClock.setSelected(t.roundTheClock());
        }));
        client.valueProperty().addListener((o, a, b) -> load.run());
        load.run();

        Label section = new Label(I18n.t("ledger.targets.workingHours"));
        section.getStyleClass().add("field-label");
        form.addRow(section);
        FlowPane dayBoxes = new FlowPane(10, 6);
        List<CheckBox> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, I18n.messages().locale()));
            box.setId("hours-" + d.name().toLowerCase(Locale.ROOT));
            box.setUserData(d);
            days.add(box);
            dayBoxes.getChildren().add(box);
        }
        form.field("days", I18n.t("ledger.targets.days"), dayBoxes);
        ZonePicker zone = form.field("zone", I18n.t("ledger.targets.zone"), new ZonePicker(app.session().clock()));
        zone.setId("hours-zone");
        TextField start = form.field("start", I18n.t("ledger.targets.start"), Inputs.time("hours-start", null));
        TextField end = form.field("end", I18n.t("ledger.targets.end"), Inputs.time("hours-end", null));
        TextArea ackTemplate = form.field("ackTemplate", I18n.t("ledger.targets.ackTemplate"),
                new TextArea(), I18n.t("ledger.targets.ackTemplateHelp"));
        ackTemplate.setPrefRowCount(5);
        ackTemplate.setWrapText(true);
        TextArea answerTemplate = form.field("answerTemplate", I18n.t("ledger.targets.answerTemplate"),
                new TextArea(), I18n.t("ledger.targets.answerTemplateHelp"));
        answerTemplate.setPrefRowCount(6);
        answerTemplate.setWrapText(true);
        model.stored(form.fillingBeforeSave(stored -> {
            WorkingHours hours = stored.hours();
            days.forEach(box -> box.setSelected(hours.days().contains((DayOfWeek) box.getUserData())));
            zone.setZone(hours.zone());
            start.setText(hours.start().toString());
            end.setText(hours.end().toString());
            ackTemplate.setText(stored.acknowledgeTemplate());
            answerTemplate.setText(stored.answerTemplate());
        }));

        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                ZoneId z;
                try {
                    z = ZoneId.of(zone.zoneText());
                } catch (DateTimeException e) {
                    throw new ValidationException("zone", I18n.t("ledger.targets.unknownZone", zone.getText()));
                }
                Set<DayOfWeek> chosenDays = EnumSet.noneOf(DayOfWeek.class);
                days.stream().filter(CheckBox::isSelected).forEach(b -> chosenDays.add((DayOfWeek) b.getUserData()));
                if (chosenDays.isEmpty()) {
                    throw new ValidationException("days", I18n.t("ledger.targets.noDays"));
                }
                WorkingHours newHours = new WorkingHours(z, chosenDays, LedgerService.time("start", start.getText()),
                        LedgerService.time("end", end.getText()));
                ResponseTargets targets = new ResponseTargets(number("acknowledgeHours", ack.getText()),
                        number("answerHours", answer.getText()), roundTheClock.isSelected());
                Client forClient = client.getValue();
                String ackText = ackTemplate.getText();
                String answerText = answerTemplate.getText();
                form.save(app.background(), () -> model.save(forClient == null ? null : forClient.id(), targets, newHours, ackText, answerText), none -> {
                    app.sheets().close();
                    app.status().say(forClient == null ? I18n.t("ledger.targets.saved")
                            : I18n.t("ledger.targets.savedFor", forClient.name()));
                    saved.run();
                });
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        return form;
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, I18n.t("ledger.targets.notHours", text));
        }
    }
}
