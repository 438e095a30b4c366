package dev.rapport.ui.clients;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.BulkChanges;
import dev.rapport.ui.common.Icons;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The client list's bulk changes: status, a tag, archive; the count asked for, all or none, Undo offered. */
final class ClientBulkRow extends FlowPane { // wraps at large text
    private final AppContext app;
    private final Supplier<List<ClientOverview>> chosen;
    private final TextField bulkTag = new TextField();

    ClientBulkRow(AppContext app, Supplier<List<ClientOverview>> chosen) {
        super(10, 8);
        this.app = app;
        this.chosen = chosen;
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
        getChildren().addAll(label, bulkTag, change);
        setAlignment(Pos.CENTER_LEFT);
    }

    private MenuItem item(String id, String text, BulkChange.Kind kind, String argument) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> bulk(kind, argument == null ? bulkTag.getText() : argument, text));
        return m;
    }

    /** Asks with the count, applies to all or none, and offers Undo; the list follows the change notice. */
    void bulk(BulkChange.Kind kind, String argument, String what) {
        List<ClientOverview> rows = chosen.get();
        if (rows.isEmpty()) {
            app.status().say(I18n.t("clients.bulk.none"));
            return;
        }
        int n = rows.size();
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
                () -> app.session().clientList().apply(kind, argument, rows.stream().map(o -> o.client().id()).toList()),
                done -> app.session().clientList().undo(done), () -> { });
    }
}
