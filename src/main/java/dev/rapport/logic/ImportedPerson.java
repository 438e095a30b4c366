package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.Contact;
import dev.rapport.model.DatedEvent;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One person an import from another tool brings, ready to store: their contact (a client id
 * below zero names the import's new client at position {@code -id - 1}), their entries, dates and tags.
 */
public record ImportedPerson(Contact contact, List<Entry> entries, List<DateMark> dates, List<String> tags) {
    /** An entry of theirs: what it was, when, and the notes it held (kept private). */
    public record Entry(LocalDateTime at, Channel channel, String title, String privateNotes) {
    }

    /** A date that matters to them. */
    public record DateMark(DatedEvent.Kind kind, LocalDate on, String label, String note) {
    }
}
