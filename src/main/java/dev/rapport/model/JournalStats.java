package dev.rapport.model;

import java.util.Map;

/** Counts across the whole journal, for `rapport stats` and the status line. */
public record JournalStats(int clients, Map<ClientStatus, Integer> clientsByStatus, int archivedClients,
                           int contacts, int entries, int entriesLast30Days, Map<Channel, Integer> entriesByChannel,
                           Map<RhythmState, Integer> rhythm) {
}
