package dev.rapport.model;

/** The journal file could not be opened; the message says why, and the file was not changed. */
public class JournalOpenException extends RapportException {
    public enum Reason { NOT_A_JOURNAL, DAMAGED, NEWER_VERSION, LOCKED, NEEDS_UPGRADE, IO, PASSPHRASE_NEEDED, WRONG_PASSPHRASE }

    private final Reason reason;

    public JournalOpenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public JournalOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
