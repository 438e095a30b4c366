package dev.rapport.store.sync;

/** A file in the sync folder that was skipped and left in place, and why, in the user's words. */
public record SyncProblem(String file, Kind kind, String message) {
    public enum Kind {
        /** Complete but fails its check: changed outside Rapport, damaged, or sealed under another key. */
        TAMPERED,
        /** Two authentic files under one change's name with different contents; one of them was used. */
        CONFLICT,
        /** Written by a newer Rapport in a format this one does not read. */
        NEWER_FORMAT
    }
}
