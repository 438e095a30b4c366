package dev.rapport.logic;

import dev.rapport.i18n.I18n;

import dev.rapport.model.BulkChange;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.ValidationException;
import dev.rapport.store.ClientTagRepository;
import dev.rapport.store.SettingsRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The client list's tags, filters, saved views and bulk changes (issue 8). Tags are lower-case
 * words like journal tags. Saved views live in the journal's settings, one a line.
 */
public final class ClientListService extends TaggedList {
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

    ClientListService(ClientTagRepository tags, SettingsRepository settings) {
        super(settings, VIEWS_KEY, tags::all, tags::setTags);
        this.tags = tags;
    }

    /** The overviews the filter lets through, in the given order. */
    public List<ClientOverview> filter(Collection<ClientOverview> overviews, ClientFilter filter) {
        Map<Long, List<String>> all = tags();
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
            case ADD_TAG, REMOVE_TAG -> oneTag(argument, "validation.bulk.tag");
            case ARCHIVE, UNARCHIVE -> "";
        };
        return tags.apply(kind, arg, List.copyOf(clientIds));
    }

    public void undo(BulkChange change) {
        tags.undo(change);
    }
}
