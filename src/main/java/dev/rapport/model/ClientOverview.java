package dev.rapport.model;

import java.time.LocalDate;

/** A client as the client list shows it: with its last contact and the state of its rhythm. */
public record ClientOverview(Client client, LocalDate lastContact, Long daysSinceLastContact,
                             RhythmState rhythmState, int contactCount, int interactionCount,
                             String contextCarrier, int openPromises, int openProblems) {
}
