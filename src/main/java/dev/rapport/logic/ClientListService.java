package dev.rapport.logic;

import dev.rapport.i18n.I18n;

import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Interaction;
import dev.rapport.model.RhythmState;
import dev.rapport.model.ValidationException;
import dev.rapport.store.ClientTagRepository;
import dev.rapport.store.SettingsRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The client list's tags, filters, saved views and bulk changes (issue 8). Tags are lower-case
 * words like journal tags. Saved views live in the journal's settings, one a line.
 */
public final class ClientListService {
    static final String VIEWS_KEY = "clients.savedViews";

    /** A named filter. */
    public record SavedView(String name, ClientFilter filter) {
        public SavedView {
            name = name == null ? "" : name.replaceAll("[\\t\\r\\n]+", " ").strip();
            if (name.isEmpty()) {
                throw new ValidationException("viewName", I18n.t("validation.view.noName"));
            }
            if (name.length() > 60) {
                throw new ValidationException("viewName", I18n.t("validation.view.nameTooLong"));
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final ClientTagRepository tags;
    private final SettingsRepository settings;

    ClientListService(ClientTagRepository tags, SettingsRepository settings) {
        this.tags = tags;
        this.settings = settings;
    }

    /** Each tagged client's tags. */
    public Map<Long, List<String>> tags() {
        return tags.all();
    }

    /** Every tag in use, sorted. */
    public List<String> allTags() {
        TreeSet<String> out = new TreeSet<>();
        tags.all().values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** Replaces a client's tags with those in "a, b #c". */
    public List<String> setTags(long clientId, String text) {
        List<String> parsed = Interaction.parseTags(text);
        tags.setTags(clientId, parsed);
        return parsed;
    }

    /** The overviews the filter lets through, in the given order. */
    public List<ClientOverview> filter(Collection<ClientOverview> overviews, ClientFilter filter) {
        Map<Long, List<String>> all = tags.all();
        return overviews.stream().filter(o -> filter.matches(o, all.getOrDefault(o.client().id(), List.of()))).toList();
    }

    /**
     * Applies one change to every chosen client, all or none: SET_STATUS takes a status name
     * (ACTIVE, PAUSED, FORMER); ADD_TAG and REMOVE_TAG a tag; ARCHIVE and UNARCHIVE nothing.
     */
    public BulkChange apply(BulkChange.Kind kind, String argument, List<Long> clientIds) {
        if (clientIds.isEmpty()) {
            throw new ValidationException("clients", I18n.t("validation.bulk.noClient"));
        }
        String arg = switch (kind) {
            case SET_STATUS -> {
                try {
                    yield ClientStatus.valueOf(argument == null ? "" : argument.strip().toUpperCase(java.util.Locale.ROOT)).name();
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("status", I18n.t("validation.bulk.status"));
                }
            }
            case ADD_TAG, REMOVE_TAG -> {
                List<String> t = Interaction.parseTags(argument);
                if (t.size() != 1) {
                    throw new ValidationException("tag", I18n.t("validation.bulk.tag"));
                }
                yield t.get(0);
            }
            case ARCHIVE, UNARCHIVE -> "";
        };
        return tags.apply(kind, arg, List.copyOf(clientIds));
    }

    public void undo(BulkChange change) {
        tags.undo(change);
    }

    // ---- saved views

    public List<SavedView> views() {
        List<SavedView> out = new ArrayList<>();
        for (String line : settings.get(VIEWS_KEY).orElse("").split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length != 7) {
                continue;
            }
            try {
                out.add(new SavedView(f[0], new ClientFilter(f[1], f[2].isEmpty() ? null : ClientStatus.valueOf(f[2]), f[3],
                        f[4].isEmpty() ? null : RhythmState.valueOf(f[4]), f[5].isEmpty() ? null : LocalDate.parse(f[5]),
                        f[6].isEmpty() ? null : LocalDate.parse(f[6]))));
            } catch (RuntimeException e) {
                // a line damaged by hand is skipped, not fatal
            }
        }
        return out;
    }

    /** Saves (or replaces, by name ignoring case) a view. */
    public SavedView saveView(String name, ClientFilter filter) {
        SavedView view = new SavedView(name, filter);
        List<SavedView> all = new ArrayList<>(views());
        all.removeIf(v -> v.name().equalsIgnoreCase(view.name()));
        all.add(view);
        write(all);
        return view;
    }

    public void deleteView(String name) {
        List<SavedView> all = new ArrayList<>(views());
        all.removeIf(v -> v.name().equalsIgnoreCase(name));
        write(all);
    }

    private void write(List<SavedView> all) {
        StringBuilder b = new StringBuilder();
        for (SavedView v : all) {
            ClientFilter f = v.filter();
            b.append(String.join("\t", v.name(), f.text().replaceAll("[\\t\\r\\n]+", " "), f.status() == null ? "" : f.status().name(),
                    f.tag() == null ? "" : f.tag(), f.rhythm() == null ? "" : f.rhythm().name(),
                    f.contactedOnOrBefore() == null ? "" : f.contactedOnOrBefore().toString(),
                    f.contactedOnOrAfter() == null ? "" : f.contactedOnOrAfter().toString())).append('\n');
        }
        settings.put(VIEWS_KEY, b.toString());
    }
}
