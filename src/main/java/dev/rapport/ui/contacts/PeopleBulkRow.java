package dev.rapport.ui.contacts;

import dev.rapport.i18n.I18n;
import dev.rapport.model.PersonOverview;
import dev.rapport.model.TagChange;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.BulkRow;
import dev.rapport.ui.common.Icons;

import java.util.List;
import java.util.function.Supplier;

import javafx.scene.control.Button;
import org.kordamp.ikonli.feather.Feather;

/** The people list's bulk tag change. */
final class PeopleBulkRow {
    private final AppContext app;
    private final BulkRow<PersonOverview> row;

    PeopleBulkRow(AppContext app, Supplier<List<PersonOverview>> chosen) {
        this.app = app;
        this.row = new BulkRow<>(app, "contacts.bulk.label", "people-bulk-tag", "contacts.bulk.tagPrompt", chosen, "contacts.bulk.nobody");
        Button add = new Button(I18n.t("contacts.bulk.add"), Icons.of(Feather.TAG));
        add.setId("people-bulk-add");
        add.setOnAction(e -> bulk(true));
        Button remove = new Button(I18n.t("contacts.bulk.remove"));
        remove.setId("people-bulk-remove");
        remove.setOnAction(e -> bulk(false));
        row.withActions(add, remove);
    }

    BulkRow<PersonOverview> node() {
        return row;
    }

    /** Asks with the count, changes all or none, and offers Undo; the list follows the change notice. */
    void bulk(boolean add) {
        String tag = row.tag();
        String actionKey = add ? "contacts.bulk.addAction" : "contacts.bulk.removeAction";
        row.apply(new BulkRow.Change<PersonOverview, TagChange>(I18n.t(add ? "contacts.bulk.addTitle" : "contacts.bulk.removeTitle"),
                n -> I18n.plural(actionKey, n, tag) + "?",
                n -> I18n.t("contacts.bulk.done", I18n.plural(actionKey, n, tag)),
                n -> I18n.plural("contacts.bulk.undone", n),
                rows -> app.session().people().changeTag(add, tag, rows.stream().map(PersonOverview::id).toList()),
                done -> app.session().people().undo(done)));
    }
}
