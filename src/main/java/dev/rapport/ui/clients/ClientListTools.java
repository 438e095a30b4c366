package dev.rapport.ui.clients;

import atlantafx.base.theme.Styles;
import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.RapportException;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.AppContext;
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
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The client list's second filter row (tag, rhythm, last contact, saved views) and its bulk changes. */
final class ClientListTools {
    private static final String ANY_TAG = "Any tag";
    private static final String ANY_RHYTHM = "Any rhythm";

    private final AppContext app;
    private final ClientsView view;
    private final ComboBox<String> tag = new ComboBox<>();
    private final ComboBox<String> rhythm = new ComboBox<>();
    private final DatePicker after = new DatePicker();
    private final DatePicker before = new DatePicker();
    private final ComboBox<SavedView> views = new ComboBox<>();
    private final TextField bulkTag = new TextField();
    private boolean quiet;

    ClientListTools(AppContext app, ClientsView view) {
        this.app = app;
        this.view = view;
    }

    HBox filterRow() {
        tag.setId("clients-tag");
        tag.getItems().setAll(ANY_TAG);
        tag.setValue(ANY_TAG);
        rhythm.setId("clients-rhythm");
        rhythm.getItems().setAll(ANY_RHYTHM, "Green: within the ideal", "Amber: past the ideal", "Red: past the maximum",
                "Never contacted");
        rhythm.setValue(ANY_RHYTHM);
        after.setId("clients-contact-after");
        after.setPromptText("Contacted from");
        after.setPrefWidth(170);
        before.setId("clients-contact-before");
        before.setPromptText("Contacted until");
        before.setPrefWidth(170);
        views.setId("clients-views");
        views.setPromptText("Saved views");
        views.getItems().setAll(app.session().clientList().views());
        Button save = new Button("Save view", Icons.of(Feather.BOOKMARK));
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
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, tag, rhythm, after, before, spacer, views, save);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    HBox bulkRow() {
        Label label = new Label("Change the selected clients (or all shown):");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        bulkTag.setId("clients-bulk-tag");
        bulkTag.setPromptText("tag");
        bulkTag.setPrefWidth(140);
        MenuButton change = new MenuButton("Change…", Icons.of(Feather.EDIT));
        change.setId("clients-bulk");
        for (ClientStatus s : ClientStatus.values()) {
            change.getItems().add(item("bulk-status-" + s.name().toLowerCase(Locale.ROOT), "Set status: " + s.label(),
                    BulkChange.Kind.SET_STATUS, s.name()));
        }
        change.getItems().addAll(new SeparatorMenuItem(),
                item("bulk-add-tag", "Add the tag", BulkChange.Kind.ADD_TAG, null),
                item("bulk-remove-tag", "Remove the tag", BulkChange.Kind.REMOVE_TAG, null),
                new SeparatorMenuItem(),
                item("bulk-archive", "Archive", BulkChange.Kind.ARCHIVE, ""),
                item("bulk-unarchive", "Unarchive", BulkChange.Kind.UNARCHIVE, ""));
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
            app.status().say("No client is shown: nothing to change.");
            return;
        }
        int n = chosen.size();
        String clients = n == 1 ? "1 client" : n + " clients";
        String action = switch (kind) {
            case SET_STATUS -> "Set the status of " + clients + " to " + ClientStatus.valueOf(argument).label().toLowerCase(Locale.ROOT);
            case ADD_TAG -> "Add the tag “" + argument.strip() + "” to " + clients;
            case REMOVE_TAG -> "Remove the tag “" + argument.strip() + "” from " + clients;
            case ARCHIVE -> "Archive " + clients;
            case UNARCHIVE -> "Unarchive " + clients;
        };
        if (!app.dialogs().confirm(what, action + "?", what)) {
            return;
        }
        try {
            BulkChange done = app.session().clientList().apply(kind, argument, chosen.stream().map(o -> o.client().id()).toList());
            app.status().sayWithUndo(action + ": done.", () -> {
                app.session().clientList().undo(done);
                app.status().say("Undone: " + clients + " as they were.");
                view.reload();
            });
            view.reload();
        } catch (RapportException e) {
            app.dialogs().error(what, e.getMessage());
        }
    }

    /** The second row's part of the filter. */
    ClientFilter filter() {
        String r = rhythm.getValue();
        RhythmState state = r == null || r.equals(ANY_RHYTHM) ? null : r.startsWith("Green") ? RhythmState.GREEN
                : r.startsWith("Amber") ? RhythmState.AMBER : r.startsWith("Red") ? RhythmState.RED : RhythmState.NEVER;
        String t = tag.getValue() == null || tag.getValue().equals(ANY_TAG) ? null : tag.getValue();
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
        tag.getItems().setAll(ANY_TAG);
        tag.getItems().addAll(names);
        tag.setValue(chosen != null && tag.getItems().contains(chosen) ? chosen : ANY_TAG);
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
        tag.setValue(f.tag() == null ? ANY_TAG : f.tag());
        rhythm.setValue(f.rhythm() == null ? ANY_RHYTHM : rhythm.getItems().stream()
                .filter(x -> x.toUpperCase(Locale.ROOT).startsWith(f.rhythm().name().substring(0, 3))).findFirst().orElse(ANY_RHYTHM));
        after.setValue(f.contactedOnOrAfter());
        before.setValue(f.contactedOnOrBefore());
        quiet = false;
        view.showBase(f);
        view.applyFilter();
    }

    private void saveView() {
        Form form = new Form("Save this view", "The filters shown now, under a name, to pick again from Saved views.");
        TextField name = form.field("viewName", "Name", new TextField());
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
                app.status().say("Saved the view “" + saved.name() + "”.");
            } catch (RapportException e) {
                form.showError(e);
            }
        });
        app.sheets().show(form);
        name.requestFocus();
    }
}
