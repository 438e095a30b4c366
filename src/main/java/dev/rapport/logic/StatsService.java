package dev.rapport.logic;

import dev.rapport.model.Channel;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.JournalStats;
import dev.rapport.model.RhythmState;
import dev.rapport.store.ClientRepository;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.InteractionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

public final class StatsService {
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final InteractionRepository interactions;
    private final Clock clock;

    StatsService(ClientRepository clients, ContactRepository contacts, InteractionRepository interactions, Clock clock) {
        this.clients = clients;
        this.contacts = contacts;
        this.interactions = interactions;
        this.clock = clock;
    }

    public JournalStats journal() {
        LocalDate today = LocalDate.now(clock);
        List<ClientOverview> all = clients.overviews(true, today);
        Map<ClientStatus, Integer> byStatus = new EnumMap<>(ClientStatus.class);
        for (ClientStatus s : ClientStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<RhythmState, Integer> rhythm = new EnumMap<>(RhythmState.class);
        for (RhythmState s : RhythmState.values()) {
            rhythm.put(s, 0);
        }
        int archived = 0;
        for (ClientOverview o : all) {
            byStatus.merge(o.client().status(), 1, Integer::sum);
            if (o.client().archived()) {
                archived++;
            } else if (o.client().status() == ClientStatus.ACTIVE) {
                rhythm.merge(o.rhythmState(), 1, Integer::sum);
            }
        }
        Map<Channel, Integer> byChannel = new EnumMap<>(Channel.class);
        for (Channel ch : Channel.values()) {
            byChannel.put(ch, 0);
        }
        byChannel.putAll(interactions.countByChannel());
        int recent = interactions.count(new JournalFilter(null, null, null, today.minusDays(29), today));
        return new JournalStats(all.size(), byStatus, archived, contacts.count(), interactions.count(JournalFilter.ALL),
                recent, byChannel, rhythm);
    }
}
