package dev.rapport.ui.contacts;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.PersonOverview;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.BulkChanges;
import dev.rapport.ui.common.Icons;

import java.util.List;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.feather.Feather;

/** The people list's bulk tag change: the count asked for, all or none, Undo offered. */
final class PeopleBulkRow extends FlowPane { // wraps at large text
    private final AppContext app;
    private final Supplier<List<PersonOverview>> chosen;
    private final TextField bulkTag = new TextField();

    PeopleBulkRow(AppContext app, Supplier<List<PersonOverview>> chosen) {
        super(10, 8);
        this.app = app;
        this.chosen = chosen;
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
        getChildren().addAll(label, bulkTag, add, remove);
        setAlignment(Pos.CENTER_LEFT);
    }

    /** Asks with the count, changes all or none, and offers Undo; the list follows the change notice. */
    void bulk(boolean add) {
        List<PersonOverview> rows = chosen.get();
        String what = I18n.t(add ? "contacts.bulk.addTitle" : "contacts.bulk.removeTitle");
        if (rows.isEmpty()) {
            app.status().say(I18n.t("contacts.bulk.nobody"));
            return;
        }
        int n = rows.size();
        String t = bulkTag.getText() == null ? "" : bulkTag.getText().strip();
        String action = I18n.plural(add ? "contacts.bulk.addAction" : "contacts.bulk.removeAction", n, t);
        BulkChanges.confirmAndApply(app, what, action + "?", I18n.t("contacts.bulk.done", action),
                I18n.plural("contacts.bulk.undone", n),
                () -> app.session().people().changeTag(add, t, rows.stream().map(PersonOverview::id).toList()),
                done -> app.session().people().undo(done), () -> { });
    }
}
