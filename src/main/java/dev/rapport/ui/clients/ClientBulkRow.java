package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.BulkRow;
import dev.rapport.ui.common.Icons;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The client list's bulk changes: status, a tag, archive. */
final class ClientBulkRow {
    private final AppContext app;
    private final BulkRow<ClientOverview> row;

    ClientBulkRow(AppContext app, Supplier<List<ClientOverview>> chosen) {
        this.app = app;
        this.row = new BulkRow<>(app, "clients.bulk.label", "clients-bulk-tag", "clients.bulk.tag", chosen, "clients.bulk.none");
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
        row.withActions(change);
    }

    BulkRow<ClientOverview> node() {
        return row;
    }

    private MenuItem item(String id, String text, BulkChange.Kind kind, String argument) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> bulk(kind, argument == null ? row.tag() : argument, text));
        return m;
    }

    /** Asks with the count, applies to all or none, and offers Undo; the list follows the change notice. */
    void bulk(BulkChange.Kind kind, String argument, String what) {
        row.apply(new BulkRow.Change<ClientOverview, BulkChange>(what,
                n -> I18n.t("clients.bulk.ask", action(kind, argument, n)),
                n -> I18n.t("clients.bulk.done", action(kind, argument, n)),
                n -> I18n.plural("clients.bulk.undone", n),
                rows -> app.session().clientList().apply(kind, argument, rows.stream().map(o -> o.client().id()).toList()),
                done -> app.session().clientList().undo(done)));
    }

    private static String action(BulkChange.Kind kind, String argument, int n) {
        return switch (kind) {
            case SET_STATUS -> I18n.plural("clients.bulk.do.setStatus", n,
                    ClientStatus.valueOf(argument).label().toLowerCase(I18n.messages().locale()));
            case ADD_TAG -> I18n.plural("clients.bulk.do.addTag", n, argument.strip());
            case REMOVE_TAG -> I18n.plural("clients.bulk.do.removeTag", n, argument.strip());
            case ARCHIVE -> I18n.plural("clients.bulk.do.archive", n);
            case UNARCHIVE -> I18n.plural("clients.bulk.do.unarchive", n);
        };
    }
}
