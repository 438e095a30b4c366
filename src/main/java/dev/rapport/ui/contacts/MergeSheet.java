package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.Channel;
import dev.rapport.model.Contact;
import dev.rapport.model.ContactMerge;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.SheetSave;
import dev.rapport.ui.common.Form;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/**
 * Merges two contacts: side by side, one choice per field. The first (older) contact survives
 * with the chosen values; every journal entry, promise, request, survey answer, role and tag of
 * the second moves to it, in one step that Undo reverses.
 */
public final class MergeSheet {
    /** Each side's width in the 620-pixel sheet, so the two choices line up in columns. */
    private static final double COLUMN = 270;
    /** One field's two values and the buttons choosing between them. */
    private static final class Choice<T> {
        final T first;
        final T second;
        final RadioButton left = new RadioButton();
        final RadioButton right = new RadioButton();

        Choice(T first, T second) {
            this.first = first;
            this.second = second;
        }

        T value() {
            return right.isSelected() ? second : first;
        }
    }

    private MergeSheet() {
    }

    public static Form open(AppContext app, Contact first, Contact second, Runnable done) {
        return new MergeSheet().build(app, first, second, done);
    }

    private Form build(AppContext app, Contact a, Contact b, Runnable done) {
        MergeViewModel model = new MergeViewModel(app.session(), app.background());
        Form form = new Form(I18n.t("contacts.merge.title"), I18n.t("contacts.merge.subtitle"));
        form.setPrefWidth(dev.rapport.ui.common.TextScale.em(44));
        form.setMaxWidth(dev.rapport.ui.common.TextScale.em(44));
        Label left = new Label("#" + a.id());
        Label right = new Label("#" + b.id());
        left.getStyleClass().add(Styles.TEXT_MUTED);
        right.getStyleClass().add(Styles.TEXT_MUTED);
        form.addRow(columns(left, right));
        Choice<String> name = row(form, "name", I18n.t("contacts.field.name"), a.name(), b.name(), s -> s);
        Choice<Long> client = row(form, "client", I18n.t("contacts.merge.home"), a.clientId(), b.clientId(), model::clientName);
        model.clientsProperty().addListener((o, was, names) -> {
            client.left.setText(text(model.clientName(a.clientId())));
            client.right.setText(text(model.clientName(b.clientId())));
        });
        model.load();
        Choice<String> role = row(form, "role", I18n.t("contacts.merge.title2"), a.role(), b.role(), s -> s);
        Choice<String> email = row(form, "email", I18n.t("contacts.field.email"), a.email(), b.email(), s -> s);
        Choice<String> phone = row(form, "phone", I18n.t("contacts.field.phone"), a.phone(), b.phone(), s -> s);
        Choice<Channel> channel = row(form, "preferredChannel", I18n.t("contacts.field.channel"), a.preferredChannel(), b.preferredChannel(),
                c -> c == null ? "" : c.label());
        Choice<String> zone = row(form, "timeZone", I18n.t("contacts.field.zone"), a.timeZone(), b.timeZone(), s -> s);
        Choice<String> notes = row(form, "notes", I18n.t("contacts.field.notes"), a.notes(), b.notes(), s -> s);
        Choice<Boolean> carrier = row(form, "contextCarrier", I18n.t("contacts.merge.carrier"), a.contextCarrier(), b.contextCarrier(),
                v -> I18n.t(v ? "contacts.merge.yes" : "contacts.merge.no"));
        form.onCancel(() -> app.sheets().close());
        SheetSave.onSave(form, () -> {
            Contact merged = new Contact(a.id(), client.value(), name.value(), role.value(), email.value(), phone.value(),
                    channel.value(), zone.value(), notes.value(), carrier.value());
            SheetSave.through(form, (stored, failed) -> model.merge(merged, b.id(), stored, failed), (ContactMerge m) -> {
                app.sheets().close();
                app.status().sayWithUndo(I18n.t("contacts.merge.done", b.name(), merged.name(), moved(m)),
                        () -> model.undo(m, () -> {
                            app.status().say(I18n.t("contacts.merge.undone", b.name()));
                            done.run();
                        }, failure -> app.status().say(failure.getMessage())));
                done.run();
            });
        });
        app.sheets().show(form);
        return form;
    }

    private <T> Choice<T> row(Form form, String key, String label, T first, T second, Function<T, String> show) {
        Choice<T> c = new Choice<>(first, second);
        ToggleGroup group = new ToggleGroup();
        c.left.setToggleGroup(group);
        c.right.setToggleGroup(group);
        String id = "merge-" + key.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
        c.left.setId(id + "-first");
        c.right.setId(id + "-second");
        c.left.setText(text(show.apply(first)));
        c.right.setText(text(show.apply(second)));
        for (RadioButton r : List.of(c.left, c.right)) {
            r.setWrapText(true);
            r.setPrefWidth(COLUMN);
            r.setMinWidth(0);
        }
        boolean firstEmpty = show.apply(first).isBlank() && !show.apply(second).isBlank();
        (firstEmpty ? c.right : c.left).setSelected(true);
        boolean same = java.util.Objects.equals(first, second);
        c.right.setDisable(same);
        HBox pair = new HBox(12, c.left, c.right);
        pair.setAlignment(Pos.TOP_LEFT);
        pair.setMaxWidth(Double.MAX_VALUE);
        form.field(key, label, pair);
        return c;
    }

    private static HBox columns(Label b, Label c) {
        HBox box = new HBox(12, b, c);
        b.setPrefWidth(COLUMN);
        c.setPrefWidth(COLUMN);
        return box;
    }

    private static String text(String value) {
        return value.isBlank() ? I18n.t("contacts.merge.empty") : value;
    }

    /** "2 journal entries, 1 promise, 0 requests, 1 survey answer". */
    private static String moved(ContactMerge m) {
        return String.join(", ", I18n.plural("contacts.merge.entries", m.interactionsJoined().size() + m.interactionsShared().size()),
                I18n.plural("contacts.merge.promises", m.promises().size()), I18n.plural("contacts.merge.requests", m.requests().size()),
                I18n.plural("contacts.merge.answers", m.answers().size()));
    }
}
