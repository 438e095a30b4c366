package dev.rapport.model;

/** A failure with a message written for the user: one sentence that says what happened and what to do. */
public class RapportException extends RuntimeException {
    public RapportException(String message) {
        super(message);
    }

    public RapportException(String message, Throwable cause) {
        super(message, cause);
    }
}
