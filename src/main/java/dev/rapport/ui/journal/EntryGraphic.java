package dev.rapport.ui.journal;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
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

/**
 * An entry as a list shows it (when, how, the title, who was there, the start of the summary), built
 * once per cell and refilled as the cell shows another entry: a list that reloads or scrolls changes
 * words in place instead of building and styling new nodes for every row.
 */
public final class EntryGraphic {
    private final Label title = new Label();
    private final Label channel = new Label();
    private final Label when = new Label();
    private final Label meta = new Label();
    private final Label summary = new Label();
    private final VBox box;

    /** The graphic for {@code cell}, as wide as the cell it sits in. */
    public EntryGraphic(ListCell<?> cell) {
        channel.getStyleClass().addAll("badge", "channel-badge");
        HBox top = top(title, channel, when);
        meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        summary.managedProperty().bind(summary.visibleProperty());
        box = new VBox(3, top, meta, summary);
        box.setMinWidth(0);
        box.getStyleClass().add("entry-cell");
        box.prefWidthProperty().bind(cell.widthProperty().subtract(24));
    }

    /** A row's first line: its title in bold, a badge, and its time at the right. */
    public static HBox top(Label title, Label badge, Label when) {
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        when.getStyleClass().addAll(Styles.TEXT_MUTED, "tabular");
        HBox top = new HBox(8, title, badge, spacer, when);
        top.setAlignment(Pos.CENTER_LEFT);
        return top;
    }

    /** Shows the entry; the client's name leads the line of who was there when {@code showClient}. */
    public VBox show(JournalEntry entry, boolean showClient) {
        Interaction i = entry.interaction();
        title.setText(i.title());
        channel.setText(i.channel().label());
        when.setText(Formats.dateTime(i.moment()));
        meta.setText(meta(entry, showClient));
        summary.setVisible(!i.summary().isEmpty());
        summary.setText(i.summary().isEmpty() ? "" : Formats.ellipsis(i.summary(), 180));
        return box;
    }

    private static String meta(JournalEntry entry, boolean showClient) {
        Interaction i = entry.interaction();
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
        return meta.toString();
    }
}
