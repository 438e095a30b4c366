package dev.rapport.store.sync;

import dev.rapport.model.RapportException;

/** The sync folder cannot be used as it is; the message says why and what to do, and nothing was written. */
public final class SyncFolderException extends RapportException {
    /** Why, for callers that act on it (ask the passphrase again, wait for the sync tool, update Rapport). */
    public enum Reason { WRONG_PASSPHRASE, UNREADABLE_HEADER, NEWER_FORMAT }

    private final Reason reason;

    SyncFolderException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
