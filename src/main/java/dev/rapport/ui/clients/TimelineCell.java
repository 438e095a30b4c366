package dev.rapport.ui.clients;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientTimeline;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.journal.EntryGraphic;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** One line of a client's timeline: an entry as the journal shows it, or a promise, problem or request with its kind and state. */
final class TimelineCell extends ListCell<ClientTimeline.Item> {
    /** Built once per cell and refilled, so a timeline that reloads changes words rather than building rows anew. */
    private final EntryGraphic entry = new EntryGraphic(this);
    private final Label head = new Label();
    private final Label badge = new Label();
    private final Label when = new Label();
    private final Label sub = new Label();
    private final VBox line = line();
    private String badgeKind;

    @Override
    protected void updateItem(ClientTimeline.Item item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof ClientTimeline.Entry e) {
            setGraphic(entry.show(e.entry(), false));
        } else if (item instanceof ClientTimeline.PromiseMade p) {
            setGraphic(show("promise", I18n.t("app.new.promise"), p.promise().what(),
                    I18n.t("ledger.client.promiseLine", p.promise().result().label(), Formats.date(p.promise().due())), item));
        } else if (item instanceof ClientTimeline.ProblemRaised p) {
            setGraphic(show("problem", I18n.t("app.new.problem"), p.problem().description(),
                    p.problem().severity().label() + " · " + p.problem().status().label(), item));
        } else if (item instanceof ClientTimeline.RequestReceived r) {
            setGraphic(show("request", I18n.t("app.new.request"), r.request().title(),
                    I18n.t("ledger.client.received", Formats.dateTime(r.request().receivedAt().atZone(r.request().zone()))), item));
        }
    }

    private VBox line() {
        badge.getStyleClass().add("badge");
        HBox top = EntryGraphic.top(head, badge, when);
        sub.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(3, top, sub);
        box.setMinWidth(0);
        box.getStyleClass().add("entry-cell");
        box.prefWidthProperty().bind(widthProperty().subtract(24));
        return box;
    }

    private VBox show(String kind, String kindLabel, String title, String detail, ClientTimeline.Item item) {
        head.setText(Formats.ellipsis(title, 140));
        if (!kind.equals(badgeKind)) {
            badge.getStyleClass().remove("timeline-" + badgeKind);
            badge.getStyleClass().add("timeline-" + kind);
            badgeKind = kind;
        }
        badge.setText(kindLabel);
        when.setText(Formats.date(item.at().toLocalDate()));
        sub.setText(detail);
        return line;
    }
}
