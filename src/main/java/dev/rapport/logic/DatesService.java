package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Client;
import dev.rapport.model.DatedEvent;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.DatedEventRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dates that matter (issue 8). {@link #upcoming(LocalDate, int)} lists the coming ones for
 * Today, and is what a calendar (.ics) export with alarms can be built on.
 */
public final class DatesService {
    /** How many days ahead Today looks. */
    public static final int TODAY_WINDOW_DAYS = 7;

    /** A date coming up: the event, the day it falls on next, whose it is, and in how many days. */
    public record Upcoming(DatedEvent event, LocalDate on, String clientName, String personName, long inDays) {
        /** "Birthday: Ann Lee", "Contract renewal", "Event: new CEO starts", "Met Ann Lee 3 years ago". */
        public String title() {
            DatedEvent e = event;
            String who = personName == null ? "" : personName;
            return switch (e.kind()) {
                case BIRTHDAY -> I18n.t("today.date.birthday", who);
                case MET -> {
                    long years = ChronoUnit.YEARS.between(e.on(), on);
                    yield years == 0 ? I18n.t("today.date.met", who) : I18n.plural("today.date.metYearsAgo", years, who);
                }
                case EVENT -> e.label();
                default -> e.kind().label() + (e.label().isEmpty() ? "" : ": " + e.label());
            };
        }
    }

    private final DatedEventRepository events;
    private final ClientService clients;
    private final ContactRepository contacts;
    private final Clock clock;

    DatesService(DatedEventRepository events, ClientService clients, ContactRepository contacts, Clock clock) {
        this.events = events;
        this.clients = clients;
        this.contacts = contacts;
        this.clock = clock;
    }

    public DatedEvent save(DatedEvent e) {
        return events.save(e);
    }

    public void delete(long id) {
        events.delete(id);
    }

    /** One client's dates, by date. */
    public List<DatedEvent> forClient(long clientId) {
        return events.forClient(clientId);
    }

    /** The dates falling within the next days from today (today included), soonest first. */
    public List<Upcoming> upcoming(int days) {
        return upcoming(LocalDate.now(clock), days);
    }

    /** The dates falling on from..from+days (from included, the end excluded), soonest first, archived clients left out. */
    public List<Upcoming> upcoming(LocalDate from, int days) {
        List<DatedEvent> all = events.forClient(null);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Client> byId = new HashMap<>();
        for (Client c : clients.all()) {
            byId.put(c.id(), c);
        }
        Map<Long, String> people = all.stream().anyMatch(e -> e.contactId() != null) ? contacts.names() : Map.of();
        LocalDate end = from.plusDays(days);
        List<Upcoming> out = new ArrayList<>();
        for (DatedEvent e : all) {
            Client c = byId.get(e.clientId());
            if (c == null || c.archived()) {
                continue;
            }
            e.nextOn(from).filter(d -> d.isBefore(end)).ifPresent(d -> out.add(new Upcoming(e, d, c.name(),
                    e.contactId() == null ? null : people.get(e.contactId()), ChronoUnit.DAYS.between(from, d))));
        }
        out.sort(Comparator.comparing(Upcoming::on).thenComparing(Upcoming::clientName));
        return out;
    }
}
