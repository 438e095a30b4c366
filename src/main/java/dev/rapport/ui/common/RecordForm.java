package dev.rapport.ui.common;

import dev.rapport.i18n.I18n;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.controls.ClientPicker;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;

/**
 * The frame of a sheet that makes or edits one record (an entry, a promise, a problem, a request):
 * its title says which, the client picker is filled off the FX thread, an edit has its delete row,
 * Cancel closes, and Save reads the fields, stores off the FX thread, closes and says what was
 * stored. Each form states only its own fields and how they make the record.
 *
 * @param <T> the record the sheet edits; {@code existing} is null for a new one
 */
public final class RecordForm<T> {
    private final AppContext app;
    private final T existing;
    private final Form form;

    public RecordForm(AppContext app, T existing, String newTitle, String editTitle, String subtitle) {
        this.app = app;
        this.existing = existing;
        this.form = new Form(existing == null ? newTitle : editTitle, subtitle);
        form.onCancel(() -> app.sheets().close());
    }

    public Form form() {
        return form;
    }

    public boolean creating() {
        return existing == null;
    }

    /** The sheet's client picker (field "client"), choosing {@code selected} (even an archived client) once the clients are read. */
    public ClientPicker client(String label, String id, Long selected) {
        ClientPicker picker = form.field("client", label, new ClientPicker(id));
        form.load(app.background(), () -> app.session().clients().all(), all -> picker.offer(all, selected));
        return picker;
    }

    /** A choice among an enum's values shown by their labels, in the box given (a plain or a typing one). */
    public <E extends Enum<E>> ComboBox<E> choice(String key, String label, String id, ComboBox<E> box, E[] values,
                                                  Function<E, String> names, E value) {
        form.field(key, label, box);
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new EnumLabels<>(names));
        box.setValue(value);
        return box;
    }

    /** A wrapping text area of {@code rows} lines; help may be null. */
    public TextArea area(String key, String label, String id, String text, int rows, String help) {
        TextArea area = form.field(key, label, new TextArea(text), help);
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    /**
     * The delete row an edit has, its words under the key start {@code keys} ("delete", "deleteQuestion",
     * "deleteMessage" naming the record by {@code what}, "deleted"); a new record has none.
     */
    public void deleteRow(String id, String keys, Function<T, String> what, Consumer<T> delete, Consumer<T> restore) {
        if (!creating()) {
            form.addRow(DeleteButton.of(app, id, I18n.t(keys + "delete"), I18n.t(keys + "deleteQuestion"),
                    I18n.t(keys + "deleteMessage", what.apply(existing)), I18n.t(keys + "deleted"),
                    () -> delete.accept(existing), () -> restore.accept(existing)));
        }
    }

    /** A row of the sheet's own below the fields. */
    public void addRow(Node row) {
        form.addRow(row);
    }

    /** Save runs {@code reading}, which ends in {@link #saveThenClose}; a refusal it throws shows on the sheet. */
    public void onSave(SheetSave.Reading reading) {
        SheetSave.onSave(form, reading);
    }

    /** Stores off the FX thread; then the sheet closes, the status line says {@code said} and {@code saved} gets the record. */
    public <R> void saveThenClose(Callable<R> write, Function<R, String> said, Consumer<R> saved) {
        SheetSave.thenClose(app, form, write, said, saved);
    }

    /** Shows the sheet. */
    public Form show() {
        app.sheets().show(form);
        return form;
    }
}
