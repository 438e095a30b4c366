package dev.rapport.ui.contacts;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.PersonOverview;
import dev.rapport.model.RapportException;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.BulkChanges;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Icons;

import java.time.LocalDate;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/**
 * The people list's filters (the client list's {@link ClientFilter}, read over people), its saved
 * views, and its bulk tag change: the count asked for, all or none, Undo offered.
 */
final class PeopleFilters {
    private final AppContext app;
    private final PeopleView view;
    private final CustomTextField text = new CustomTextField();
    private final ComboBox<ClientStatus> status = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<RhythmState> rhythm = new ComboBox<>();
    private final DateField after;
    private final DateField before;
    private final ComboBox<SavedView> views = new ComboBox<>();
    private final TextField bulkTag = new TextField();
    private boolean quiet;

    PeopleFilters(AppContext app, PeopleView view) {
        this.app = app;
        after = new DateField(app.session().clock()).compact();
        before = new DateField(app.session().clock()).compact();
        this.view = view;
    }

    HBox firstRow() {
        text.setId("people-filter");
        dev.rapport.ui.common.Spoken.name(text, "spoken.filter.text");
        text.setPromptText(I18n.t("contacts.list.filterPrompt"));
        text.setLeft(Icons.of(Feather.FILTER));
        text.setPrefWidth(320);
        status.setId("people-status");
        dev.rapport.ui.common.Spoken.name(status, "spoken.filter.status");
        status.getItems().add(null);
        status.getItems().addAll(ClientStatus.values());
        status.setConverter(converter(s -> s == null ? I18n.t("contacts.list.anyStatus")
                : I18n.t("contacts.list.status", s.label().toLowerCase(java.util.Locale.ROOT))));
        status.setValue(null);
        status.setPromptText(I18n.t("contacts.list.anyStatus"));
        text.textProperty().addListener((o, a, b) -> changed());
        status.valueProperty().addListener((o, a, b) -> changed());
        views.setId("people-views");
        dev.rapport.ui.common.Spoken.name(views, "spoken.filter.views");
        views.setPromptText(I18n.t("contacts.list.savedViews"));
        views.getItems().setAll(app.session().people().views());
        Button save = new Button(I18n.t("contacts.list.saveView"), Icons.of(Feather.BOOKMARK));
        save.setId("people-save-view");
        save.setOnAction(e -> saveView());
        views.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                show(b.filter());
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the saved views sit on the first row: the second, in some languages, has no room left for them
        HBox box = new HBox(12, text, status, spacer, views, save);
        for (Region r : List.of(status, views, save)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    HBox secondRow() {
        tag.setId("people-tag");
        dev.rapport.ui.common.Spoken.name(tag, "spoken.filter.tag");
        tag.getItems().setAll("");
        tag.setConverter(converter(t -> t == null || t.isEmpty() ? I18n.t("contacts.list.anyTag") : "#" + t));
        tag.setValue("");
        rhythm.setId("people-rhythm");
        dev.rapport.ui.common.Spoken.name(rhythm, "spoken.filter.rhythm");
        rhythm.getItems().add(null);
        rhythm.getItems().addAll(RhythmState.values());
        rhythm.setConverter(converter(r -> r == null ? I18n.t("contacts.list.anyRhythm") : switch (r) {
            case GREEN -> I18n.t("contacts.list.rhythm.green");
            case AMBER -> I18n.t("contacts.list.rhythm.amber");
            case RED -> I18n.t("contacts.list.rhythm.red");
            case NEVER -> I18n.t("contacts.list.rhythm.never");
        }));
        rhythm.setValue(null);
        rhythm.setPromptText(I18n.t("contacts.list.anyRhythm"));
        after.setId("people-contact-after");
        dev.rapport.ui.common.Spoken.name(after, "spoken.filter.contactFrom");
        after.setPromptText(I18n.t("contacts.list.contactedFrom"));
        after.setPrefWidth(170);
        before.setId("people-contact-before");
        dev.rapport.ui.common.Spoken.name(before, "spoken.filter.contactUntil");
        before.setPromptText(I18n.t("contacts.list.contactedUntil"));
        before.setPrefWidth(170);
        tag.valueProperty().addListener((o, a, b) -> changed());
        rhythm.valueProperty().addListener((o, a, b) -> changed());
        after.valueProperty().addListener((o, a, b) -> changed());
        before.valueProperty().addListener((o, a, b) -> changed());
        HBox box = new HBox(12, tag, rhythm, after, before);
        box.getChildren().forEach(n -> ((Region) n).setMinWidth(Region.USE_PREF_SIZE));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    javafx.scene.layout.FlowPane bulkRow() {
        Label label = new Label(I18n.t("contacts.bulk.label"));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        bulkTag.setId("people-bulk-tag");
        dev.rapport.ui.common.Spoken.name(bulkTag, "spoken.filter.bulkTag");
        bulkTag.setPromptText(I18n.t("contacts.bulk.tagPrompt"));
        bulkTag.setPrefWidth(140);
        Button add = new Button(I18n.t("contacts.bulk.add"), Icons.of(Feather.TAG));
        add.setId("people-bulk-add");
        add.setOnAction(e -> bulk(true));
        Button remove = new Button(I18n.t("contacts.bulk.remove"));
        remove.setId("people-bulk-remove");
        remove.setOnAction(e -> bulk(false));
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(10, 8, label, bulkTag, add, remove); // wraps at large text
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Asks with the count, changes all or none, and offers Undo. */
    void bulk(boolean add) {
        List<PersonOverview> chosen = view.chosenForBulk();
        String what = I18n.t(add ? "contacts.bulk.addTitle" : "contacts.bulk.removeTitle");
        if (chosen.isEmpty()) {
            app.status().say(I18n.t("contacts.bulk.nobody"));
            return;
        }
        int n = chosen.size();
        String t = bulkTag.getText() == null ? "" : bulkTag.getText().strip();
        String action = I18n.plural(add ? "contacts.bulk.addAction" : "contacts.bulk.removeAction", n, t);
        BulkChanges.confirmAndApply(app, what, action + "?", I18n.t("contacts.bulk.done", action),
                I18n.plural("contacts.bulk.undone", n),
                () -> app.session().people().changeTag(add, t, chosen.stream().map(PersonOverview::id).toList()),
                done -> app.session().people().undo(done), view::reload);
    }

    ClientFilter filter() {
        LocalDate from = after.getValue();
        LocalDate to = before.getValue();
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        String t = tag.getValue() == null || tag.getValue().isEmpty() ? null : tag.getValue();
        return new ClientFilter(text.getText(), status.getValue(), t, rhythm.getValue(), to, from);
    }

    void tagsChanged(List<String> all) {
        String chosen = tag.getValue();
        quiet = true;
        tag.getItems().setAll("");
        tag.getItems().addAll(all);
        tag.setValue(chosen != null && tag.getItems().contains(chosen) ? chosen : "");
        quiet = false;
    }

    private void changed() {
        if (!quiet) {
            view.applyFilter();
        }
    }

    private void show(ClientFilter f) {
        quiet = true;
        text.setText(f.text());
        status.setValue(f.status());
        if (f.tag() != null && !tag.getItems().contains(f.tag())) {
            tag.getItems().add(f.tag());
        }
        tag.setValue(f.tag() == null ? "" : f.tag());
        rhythm.setValue(f.rhythm());
        after.setValue(f.contactedOnOrAfter());
        before.setValue(f.contactedOnOrBefore());
        quiet = false;
        view.applyFilter();
    }

    private void saveView() {
        Form form = new Form(I18n.t("contacts.view.title"), I18n.t("contacts.view.subtitle"));
        TextField name = form.field("viewName", I18n.t("contacts.view.name"), new TextField());
        name.setId("view-name");
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                SavedView saved = app.session().people().saveView(name.getText(), filter());
                app.sheets().close();
                views.getItems().setAll(app.session().people().views());
                app.status().say(I18n.t("contacts.view.saved", saved.name()));
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        name.requestFocus();
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
