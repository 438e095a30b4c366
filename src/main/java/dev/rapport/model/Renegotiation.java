package dev.rapport.model;

import java.time.LocalDate;

/** One change of a promise's due date, kept as its history. */
public record Renegotiation(LocalDate on, LocalDate previousDue, LocalDate newDue, String note) {
    public Renegotiation {
        Check.notNull("due", "renegotiationDate", on);
        Check.notNull("due", "previousDueDate", previousDue);
        Check.notNull("due", "newDueDate", newDue);
        note = Check.limit("renegotiationNote", "renegotiationNote", note, Limits.SHORT_TEXT);
    }
}
