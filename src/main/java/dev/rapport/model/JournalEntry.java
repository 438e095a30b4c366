package dev.rapport.model;

/** An interaction with the names a list needs to show it. */
public record JournalEntry(Interaction interaction, String clientName, java.util.List<String> contactNames) {
}
