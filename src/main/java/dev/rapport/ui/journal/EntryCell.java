package dev.rapport.ui.journal;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.ui.common.Formats;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One journal entry in a list: when, how, the title, who was there, and the start of the summary. */
public final class EntryCell extends ListCell<JournalEntry> {
    private final boolean showClient;

    public EntryCell(boolean showClient) {
        this.showClient = showClient;
    }

    @Override
    protected void updateItem(JournalEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        if (empty || entry == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        setGraphic(graphic(entry, showClient, this));
        setText(null);
    }

    /** The entry as a list shows it, as wide as the cell it sits in. */
    public static VBox graphic(JournalEntry entry, boolean showClient, ListCell<?> cell) {
        Interaction i = entry.interaction();
        Label title = new Label(i.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label channel = new Label(i.channel().label());
        channel.getStyleClass().addAll("badge", "channel-badge");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label when = new Label(Formats.dateTime(i.moment()));
        when.getStyleClass().addAll(Styles.TEXT_MUTED, "tabular");
        HBox top = new HBox(8, title, channel, spacer, when);
        top.setAlignment(Pos.CENTER_LEFT);

        StringBuilder meta = new StringBuilder();
        if (showClient) {
            meta.append(entry.clientName());
        }
        if (!entry.contactNames().isEmpty()) {
            meta.append(meta.length() == 0 ? "" : " · ").append(String.join(", ", entry.contactNames()));
        }
        if (i.mood() != null) {
            meta.append(meta.length() == 0 ? "" : " · ").append(I18n.t("journal.entry.mood", i.mood().label().toLowerCase(I18n.messages().locale())));
        }
        for (String tag : i.tags()) {
            meta.append(meta.length() == 0 ? "" : "  ").append('#').append(tag);
        }
        Label metaLabel = new Label(meta.toString());
        metaLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(3, top, metaLabel);
        if (!i.summary().isEmpty()) {
            Label summary = new Label(Formats.ellipsis(i.summary(), 180));
            box.getChildren().add(summary);
        }
        box.setMinWidth(0);
        box.getStyleClass().add("entry-cell");
        box.prefWidthProperty().bind(cell.widthProperty().subtract(24));
        return box;
    }
}
