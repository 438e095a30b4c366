package dev.rapport.ui.clients;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.ClientTimeline;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.journal.EntryCell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One line of a client's timeline: an entry as the journal shows it, or a promise, problem or request with its kind and state. */
final class TimelineCell extends ListCell<ClientTimeline.Item> {
    @Override
    protected void updateItem(ClientTimeline.Item item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item instanceof ClientTimeline.Entry e) {
            setGraphic(EntryCell.graphic(e.entry(), false, this));
        } else if (item instanceof ClientTimeline.PromiseMade p) {
            setGraphic(line("promise", I18n.t("app.new.promise"), p.promise().what(),
                    I18n.t("ledger.client.promiseLine", p.promise().result().label(), Formats.date(p.promise().due())), item));
        } else if (item instanceof ClientTimeline.ProblemRaised p) {
            setGraphic(line("problem", I18n.t("app.new.problem"), p.problem().description(),
                    p.problem().severity().label() + " · " + p.problem().status().label(), item));
        } else if (item instanceof ClientTimeline.RequestReceived r) {
            setGraphic(line("request", I18n.t("app.new.request"), r.request().title(),
                    I18n.t("ledger.client.received", Formats.dateTime(r.request().receivedAt().atZone(r.request().zone()))), item));
        }
    }

    private VBox line(String kind, String kindLabel, String title, String detail, ClientTimeline.Item item) {
        Label head = new Label(Formats.ellipsis(title, 140));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        Label badge = new Label(kindLabel);
        badge.getStyleClass().addAll("badge", "timeline-" + kind);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label when = new Label(Formats.date(item.at().toLocalDate()));
        when.getStyleClass().addAll(Styles.TEXT_MUTED, "tabular");
        HBox top = new HBox(8, head, badge, spacer, when);
        top.setAlignment(Pos.CENTER_LEFT);
        Label sub = new Label(detail);
        sub.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(3, top, sub);
        box.setMinWidth(0);
        box.getStyleClass().add("entry-cell");
        box.prefWidthProperty().bind(widthProperty().subtract(24));
        return box;
    }
}
