package dev.rapport.model;

/** What a read of a subscribed calendar did to its meetings. */
public record MeetingChanges(int added, int updated, int removed) {
}
