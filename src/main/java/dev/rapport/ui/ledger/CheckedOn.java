package dev.rapport.ui.ledger;

import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.Form;

import java.time.LocalDate;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/**
 * A sheet's "done on a day" field (understanding confirmed, achievement reported): a check box
 * with the day beneath; ticking it fills in today, clearing it empties the day. A ticked box with
 * no day typed counts as today.
 */
final class CheckedOn {
    private final String key;
    private final String label;
    private final CheckBox box;
    private final DateField day;
    private final LocalDate today;

    private CheckedOn(String key, String label, CheckBox box, DateField day, LocalDate today) {
        this.key = key;
        this.label = label;
        this.box = box;
        this.day = day;
        this.today = today;
    }

    /** Adds the field to the sheet; {@code on} is the stored day, null when not done. */
    static CheckedOn field(AppContext app, Form form, String key, String label, String check, String id, LocalDate on, LocalDate today) {
        CheckBox box = new CheckBox(check);
        box.setId(id);
        Inputs.wrap(box);
        DateField day = Inputs.date(app, id + "-on", on);
        box.setSelected(on != null);
        box.selectedProperty().addListener((o, a, ticked) -> day.setValue(ticked ? today : null));
        form.field(key, label, new VBox(6, box, day));
        return new CheckedOn(key, label, box, day, today);
    }

    boolean isChecked() {
        return box.isSelected();
    }

    /** The day typed, or today when none is. */
    LocalDate day() {
        LocalDate d = Inputs.read(key, label, day);
        return d == null ? today : d;
    }

    /** The day when ticked, else null. */
    LocalDate dayIfChecked() {
        return isChecked() ? day() : null;
    }
}
