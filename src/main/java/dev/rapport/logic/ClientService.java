package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.NameOrder;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.RapportException;
import dev.rapport.model.ValidationException;
import dev.rapport.store.ClientRepository;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

public final class ClientService {
    private final ClientRepository repository;
    private final Clock clock;

    ClientService(ClientRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Creates or updates a client; a second client with the same name (ignoring case) is refused. */
    public Client save(Client client) {
        String key = matchKey(client.name());
        boolean taken = repository.all().stream()
                .anyMatch(c -> c.id() != client.id() && matchKey(c.name()).equals(key));
        if (taken) {
            throw new ValidationException("name", I18n.t("validation.client.exists", client.name()));
        }
        return repository.save(client);
    }

    public Optional<Client> find(long id) {
        return repository.find(id);
    }

    public Client get(long id) {
        return repository.find(id).orElseThrow(() -> new RapportException(dev.rapport.i18n.I18n.t("clients.gone")));
    }

    /** Every client, by name in the current language's alphabet. */
    public List<Client> all() {
        List<Client> out = new ArrayList<>(repository.all());
        NameOrder.sort(out, Client::name, Comparator.comparingLong(Client::id));
        return out;
    }

    /** The client list, by name in the current language's alphabet (SQLite's NOCASE knows only ASCII). */
    public List<ClientOverview> overviews(boolean includeArchived) {
        return byName(repository.overviews(includeArchived, LocalDate.now(clock)));
    }

    private static List<ClientOverview> byName(List<ClientOverview> overviews) {
        List<ClientOverview> out = new ArrayList<>(overviews);
        NameOrder.sort(out, o -> o.client().name(), Comparator.comparingLong(o -> o.client().id()));
        return out;
    }

    /** The given clients as the list shows them, by name in the current language's alphabet. */
    public List<ClientOverview> overviews(java.util.Collection<Long> ids) {
        return byName(repository.overviews(ids, LocalDate.now(clock)));
    }

    /** One client as the list shows it, or empty when it no longer exists. */
    public Optional<ClientOverview> overview(long id) {
        return repository.overview(id, LocalDate.now(clock));
    }

    public Client archive(long id, boolean archived) {
        return repository.save(get(id).withArchived(archived));
    }

    /** Deletes a client with its contacts and entries, in one transaction. */
    public void delete(long id) {
        if (!repository.delete(id)) {
            throw new RapportException(dev.rapport.i18n.I18n.t("clients.gone"));
        }
    }

    public int count() {
        return repository.count();
    }

    /**
     * Finds the one client a name means: an exact match (ignoring case and accents) wins, else a
     * unique prefix or substring. Unknown or ambiguous names are errors that list candidates.
     */
    public Client byName(String name) {
        String key = matchKey(name);
        List<Client> all = repository.all();
        List<Client> exact = all.stream().filter(c -> matchKey(c.name()).equals(key)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<Client> partial = all.stream().filter(c -> matchKey(c.name()).contains(key)).toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            if (all.isEmpty()) {
                throw new RapportException(I18n.t("clients.byName.noneYet", name));
            }
            String names = all.stream().limit(10).map(Client::name).reduce((a, b) -> a + ", " + b).orElse("");
            throw new RapportException(I18n.t("clients.byName.none", name, names));
        }
        String names = partial.stream().limit(10).map(Client::name).reduce((a, b) -> a + ", " + b).orElse("");
        throw new RapportException(I18n.t("clients.byName.several", name, names));
    }

    /** Case- and accent-insensitive form of a name, for matching. */
    static String matchKey(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT);
    }
}
