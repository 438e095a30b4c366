package dev.rapport.model;

/** A desktop notice: key is stable per thing and day, so each is shown once while the app runs. */
public record Notice(String key, long clientId, String title, String text) {
    /** The start of a meeting write-up's key: such a notice also goes to the operating system's notifications. */
    public static final String WRITE_UP = "writeup:";

    public boolean isWriteUp() {
        return key.startsWith(WRITE_UP);
    }
}
