package dev.rapport.ui.journal;

import dev.rapport.model.JournalEntry;

import javafx.scene.control.ListCell;

/** One journal entry in a list: when, how, the title, who was there, and the start of the summary. */
public final class EntryCell extends ListCell<JournalEntry> {
    private final boolean showClient;
    private final EntryGraphic graphic = new EntryGraphic(this);

    public EntryCell(boolean showClient) {
        this.showClient = showClient;
    }

    @Override
    protected void updateItem(JournalEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        setGraphic(empty || entry == null ? null : graphic.show(entry, showClient));
    }
}
