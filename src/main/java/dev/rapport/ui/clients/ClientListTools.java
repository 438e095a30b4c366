package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.RapportException;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.DateField;
import dev.rapport.ui.common.BulkChanges;
import dev.rapport.ui.common.Form;
import dev.rapport.ui.common.Icons;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The client list's second filter row (tag, rhythm, last contact, saved views) and its bulk changes. */
final class ClientListTools {
    /** The rhythm choices in the order of the combo box's items after "Any rhythm". */
    private static final List<RhythmState> RHYTHMS = List.of(RhythmState.GREEN, RhythmState.AMBER, RhythmState.RED,
            RhythmState.NEVER);

    private final String anyTag = I18n.t("clients.filter.anyTag");
    private final String anyRhythm = I18n.t("clients.filter.anyRhythm");

    private final AppContext app;
    private final ClientsView view;
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<String> rhythm = new ComboBox<>();
    private final DateField after;
    private final DateField before;
    private final ComboBox<SavedView> views = new ComboBox<>();
    private final TextField bulkTag = new TextField();
    private boolean quiet;

    ClientListTools(AppContext app, ClientsView view) {
        this.app = app;
        after = new DateField(app.session().clock()).compact();
        before = new DateField(app.session().clock()).compact();
        this.view = view;
    }

    javafx.scene.layout.FlowPane filterRow() {
        tag.setId("clients-tag");
        dev.rapport.ui.common.Spoken.name(tag, "spoken.filter.tag");
        tag.getItems().setAll(anyTag);
        tag.setValue(anyTag);
        rhythm.setId("clients-rhythm");
        dev.rapport.ui.common.Spoken.name(rhythm, "spoken.filter.rhythm");
        rhythm.getItems().setAll(anyRhythm, I18n.t("clients.rhythm.green"), I18n.t("clients.rhythm.amber"),
                I18n.t("clients.rhythm.red"), I18n.t("clients.rhythm.never"));
        rhythm.setValue(anyRhythm);
        after.setId("clients-contact-after");
        dev.rapport.ui.common.Spoken.name(after, "spoken.filter.contactFrom");
        after.setPromptText(I18n.t("clients.filter.contactedFrom"));
        after.setPrefWidth(datePickerWidth(after.getPromptText()));
        before.setId("clients-contact-before");
        dev.rapport.ui.common.Spoken.name(before, "spoken.filter.contactUntil");
        before.setPromptText(I18n.t("clients.filter.contactedUntil"));
        before.setPrefWidth(datePickerWidth(before.getPromptText()));
        views.setId("clients-views");
        dev.rapport.ui.common.Spoken.name(views, "spoken.filter.views");
        views.setPromptText(I18n.t("clients.views"));
        views.getItems().setAll(app.session().clientList().views());
        Button save = new Button(I18n.t("clients.saveView"), Icons.of(Feather.BOOKMARK));
        save.setId("clients-save-view");
        save.setOnAction(e -> saveView());
        for (var c : List.of(tag.valueProperty(), rhythm.valueProperty())) {
            c.addListener((o, a, b) -> changed());
        }
        after.valueProperty().addListener((o, a, b) -> changed());
        before.valueProperty().addListener((o, a, b) -> changed());
        views.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                show(b.filter());
            }
        });
        // Longer labels in other languages wrap the saved views onto a line of their own instead of cutting words.
        for (Region r : List.of(tag, rhythm, views, save)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox filters = new HBox(12, tag, rhythm, after, before);
        filters.setAlignment(Pos.CENTER_LEFT);
        HBox saved = new HBox(12, views, save);
        saved.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(24, 8, filters, saved);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Room for the prompt and the calendar button, at least 170 as in English. */
    private static double datePickerWidth(String prompt) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(prompt);
        return Math.max(170, Math.ceil(t.getLayoutBounds().getWidth()) + 64);
    }

    HBox bulkRow() {
        Label label = new Label(I18n.t("clients.bulk.label"));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        bulkTag.setId("clients-bulk-tag");
        dev.rapport.ui.common.Spoken.name(bulkTag, "spoken.filter.bulkTag");
        bulkTag.setPromptText(I18n.t("clients.bulk.tag"));
        bulkTag.setPrefWidth(140);
        MenuButton change = new MenuButton(I18n.t("clients.bulk.change"), Icons.of(Feather.EDIT));
        change.setId("clients-bulk");
        change.setMinWidth(Region.USE_PREF_SIZE);
        for (ClientStatus s : ClientStatus.values()) {
            change.getItems().add(item("bulk-status-" + s.name().toLowerCase(Locale.ROOT), I18n.t("clients.bulk.setStatus", s.label()),
                    BulkChange.Kind.SET_STATUS, s.name()));
        }
        change.getItems().addAll(new SeparatorMenuItem(),
                item("bulk-add-tag", I18n.t("clients.bulk.addTag"), BulkChange.Kind.ADD_TAG, null),
                item("bulk-remove-tag", I18n.t("clients.bulk.removeTag"), BulkChange.Kind.REMOVE_TAG, null),
                new SeparatorMenuItem(),
                item("bulk-archive", I18n.t("clients.bulk.archive"), BulkChange.Kind.ARCHIVE, ""),
                item("bulk-unarchive", I18n.t("clients.bulk.unarchive"), BulkChange.Kind.UNARCHIVE, ""));
        HBox box = new HBox(10, label, bulkTag, change);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private MenuItem item(String id, String text, BulkChange.Kind kind, String argument) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> bulk(kind, argument == null ? bulkTag.getText() : argument, text));
        return m;
    }

    /** Asks with the count, applies to all or none, and offers Undo. */
    void bulk(BulkChange.Kind kind, String argument, String what) {
        List<ClientOverview> chosen = view.chosenForBulk();
        if (chosen.isEmpty()) {
            app.status().say(I18n.t("clients.bulk.none"));
            return;
        }
        int n = chosen.size();
        String action = switch (kind) {
            case SET_STATUS -> I18n.plural("clients.bulk.do.setStatus", n,
                    ClientStatus.valueOf(argument).label().toLowerCase(I18n.messages().locale()));
            case ADD_TAG -> I18n.plural("clients.bulk.do.addTag", n, argument.strip());
            case REMOVE_TAG -> I18n.plural("clients.bulk.do.removeTag", n, argument.strip());
            case ARCHIVE -> I18n.plural("clients.bulk.do.archive", n);
            case UNARCHIVE -> I18n.plural("clients.bulk.do.unarchive", n);
        };
        BulkChanges.confirmAndApply(app, what, I18n.t("clients.bulk.ask", action), I18n.t("clients.bulk.done", action),
                I18n.plural("clients.bulk.undone", n),
                () -> app.session().clientList().apply(kind, argument, chosen.stream().map(o -> o.client().id()).toList()),
                done -> app.session().clientList().undo(done), view::reload);
    }

    /** The second row's part of the filter. */
    ClientFilter filter() {
        String r = rhythm.getValue();
        int ri = r == null ? -1 : rhythm.getItems().indexOf(r);
        RhythmState state = ri <= 0 ? null : RHYTHMS.get(ri - 1);
        String t = tag.getValue() == null || tag.getValue().equals(anyTag) ? null : tag.getValue();
        LocalDate from = after.getValue();
        LocalDate to = before.getValue();
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        return new ClientFilter("", null, t, state, to, from);
    }

    void tagsChanged(Map<Long, List<String>> all) {
        TreeSet<String> names = new TreeSet<>();
        all.values().forEach(names::addAll);
        String chosen = tag.getValue();
        quiet = true;
        tag.getItems().setAll(anyTag);
        tag.getItems().addAll(names);
        tag.setValue(chosen != null && tag.getItems().contains(chosen) ? chosen : anyTag);
        quiet = false;
    }

    private void changed() {
        if (!quiet) {
            view.applyFilter();
        }
    }

    private void show(ClientFilter f) {
        quiet = true;
        if (f.tag() != null && !tag.getItems().contains(f.tag())) {
            tag.getItems().add(f.tag());
        }
        tag.setValue(f.tag() == null ? anyTag : f.tag());
        rhythm.setValue(rhythm.getItems().get(f.rhythm() == null ? 0 : RHYTHMS.indexOf(f.rhythm()) + 1));
        after.setValue(f.contactedOnOrAfter());
        before.setValue(f.contactedOnOrBefore());
        quiet = false;
        view.showBase(f);
        view.applyFilter();
    }

    private void saveView() {
        Form form = new Form(I18n.t("clients.saveView.title"), I18n.t("clients.saveView.subtitle"));
        TextField name = form.field("viewName", I18n.t("clients.saveView.name"), new TextField());
        name.setId("view-name");
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> {
            try {
                ClientFilter base = view.baseFilter();
                ClientFilter more = filter();
                SavedView saved = app.session().clientList().saveView(name.getText(), new ClientFilter(base.text(), base.status(),
                        more.tag(), more.rhythm(), more.contactedOnOrBefore(), more.contactedOnOrAfter()));
                app.sheets().close();
                views.getItems().setAll(app.session().clientList().views());
                app.status().say(I18n.t("clients.saveView.saved", saved.name()));
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        name.requestFocus();
    }
}
