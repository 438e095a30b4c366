package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Person;
import dev.rapport.model.PersonOverview;
import dev.rapport.model.TagChange;
import dev.rapport.model.ValidationException;
import dev.rapport.store.ContactRepository;
import dev.rapport.store.ContactTagRepository;
import dev.rapport.store.SettingsRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people list (issue 8): every person with their current clients, their last contact and its
 * rhythm state; the same filters and saved views as the client list (tag, client status, rhythm
 * state, last contact before/after); tags on people and one tag added to or removed from many.
 */
public final class PeopleListService extends TaggedList {
    static final String VIEWS_KEY = "people.savedViews";

    private final ContactService contacts;
    private final ClientService clients;
    private final ContactRepository contactRepo;
    private final ContactTagRepository tags;
    private final Clock clock;

    PeopleListService(ContactService contacts, ClientService clients, ContactRepository contactRepo, ContactTagRepository tags,
                      SettingsRepository settings, Clock clock) {
        super(settings, VIEWS_KEY, tags::all, tags::setTags);
        this.contacts = contacts;
        this.clients = clients;
        this.contactRepo = contactRepo;
        this.tags = tags;
        this.clock = clock;
    }

    /** Every person (those only at archived clients too), by name. */
    public List<PersonOverview> overviews() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, ClientOverview> byClient = clients.overviews(true).stream()
                .collect(Collectors.toMap(o -> o.client().id(), Function.identity()));
        Map<Long, LocalDate> last = contactRepo.lastAttended();
        List<PersonOverview> out = new ArrayList<>();
        for (Person p : contacts.people()) {
            LinkedHashSet<Long> ids = new LinkedHashSet<>();
            p.currentRoles(today).forEach(r -> ids.add(r.clientId()));
            if (ids.isEmpty()) {
                ids.add(p.contact().clientId());
            }
            List<String> names = new ArrayList<>();
            List<ClientStatus> statuses = new ArrayList<>();
            for (long id : ids) {
                ClientOverview o = byClient.get(id);
                if (o != null) {
                    names.add(o.client().name());
                    statuses.add(o.client().status());
                }
            }
            LocalDate lastDay = last.get(p.contact().id());
            Long days = lastDay == null ? null : ChronoUnit.DAYS.between(lastDay, today);
            ClientOverview home = byClient.get(p.contact().clientId());
            var state = home == null ? dev.rapport.model.Rhythm.DEFAULT.stateAfter(days) : home.client().rhythm().stateAfter(days);
            out.add(new PersonOverview(p, names, statuses, lastDay, days, state));
        }
        out.sort(Comparator.comparing((PersonOverview o) -> o.person().contact().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(PersonOverview::id));
        return out;
    }

    /** The rows the filter lets through, in the given order. */
    public List<PersonOverview> filter(Collection<PersonOverview> rows, ClientFilter filter) {
        return rows.stream().filter(o -> matches(filter, o)).toList();
    }

    public static boolean matches(ClientFilter filter, PersonOverview o) {
        return filter.matches(o.texts(), o.statuses(), o.person().tags(), o.rhythmState(), o.lastContact());
    }

    /** Adds or removes one tag on every chosen person, all or none. */
    public TagChange changeTag(boolean add, String tag, List<Long> contactIds) {
        if (contactIds.isEmpty()) {
            throw new ValidationException("contacts", I18n.t("contacts.error.chooseSomeone"));
        }
        return tags.apply(add, oneTag(tag, "contacts.error.oneTag"), List.copyOf(contactIds));
    }

    public void undo(TagChange change) {
        tags.undo(change);
    }
}
