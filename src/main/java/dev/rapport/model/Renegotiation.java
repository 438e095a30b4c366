package dev.rapport.model;

import java.time.LocalDate;

/** One change of a promise's due date, kept as its history. */
public record Renegotiation(LocalDate on, LocalDate previousDue, LocalDate newDue, String note) {
    public Renegotiation {
        Check.notNull("due", "Renegotiation date", on);
        Check.notNull("due", "Previous due date", previousDue);
        Check.notNull("due", "New due date", newDue);
        note = Check.limit("renegotiationNote", "Renegotiation note", note, Limits.SHORT_TEXT);
    }
}
