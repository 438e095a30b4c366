package dev.rapport.model;

/** A desktop notice: key is stable per thing and day, so each is shown once while the app runs. */
public record Notice(String key, long clientId, String title, String text) {
}
