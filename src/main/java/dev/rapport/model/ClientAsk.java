package dev.rapport.model;

import java.time.LocalDate;

/**
 * Something the consultant needs from the client (a decision, an input, an approval), kept on a
 * short per-client list for the client review, with the day it is needed by and the day it came
 * (null while still open). id 0 until stored.
 */
public record ClientAsk(long id, long clientId, String what, LocalDate due, LocalDate doneOn) {

    public ClientAsk {
        what = Check.required("what", "ask", what, Limits.SHORT_TEXT);
        due = Check.notNull("due", "dueDate", due);
    }

    public static ClientAsk of(long clientId, String what, LocalDate due) {
        return new ClientAsk(0, clientId, what, due, null);
    }

    public boolean open() {
        return doneOn == null;
    }

    public ClientAsk withDone(LocalDate on) {
        return new ClientAsk(id, clientId, what, due, on);
    }

    public ClientAsk withWhat(String text, LocalDate newDue) {
        return new ClientAsk(id, clientId, text, newDue, doneOn);
    }
}
