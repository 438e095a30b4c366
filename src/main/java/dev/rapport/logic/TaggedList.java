package dev.rapport.logic;

import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.Interaction;
import dev.rapport.model.ValidationException;
import dev.rapport.store.SettingsRepository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * What the client list and the people list share (issue 8): tags on their rows, written like
 * journal tags, and named filters (saved views) kept in the journal's settings.
 */
public abstract class TaggedList {
    private final SavedViews views;
    private final Supplier<Map<Long, List<String>>> tags;
    private final BiConsumer<Long, Collection<String>> storeTags;

    TaggedList(SettingsRepository settings, String viewsKey, Supplier<Map<Long, List<String>>> tags,
               BiConsumer<Long, Collection<String>> storeTags) {
        this.views = new SavedViews(settings, viewsKey);
        this.tags = tags;
        this.storeTags = storeTags;
    }

    /** Each tagged row's tags, by the row's id. */
    public Map<Long, List<String>> tags() {
        return tags.get();
    }

    /** Every tag in use, sorted. */
    public List<String> allTags() {
        TreeSet<String> out = new TreeSet<>();
        tags.get().values().forEach(out::addAll);
        return List.copyOf(out);
    }

    /** Replaces a row's tags with those in "a, b #c". */
    public List<String> setTags(long id, String text) {
        List<String> parsed = Interaction.parseTags(text);
        storeTags.accept(id, parsed);
        return parsed;
    }

    public List<SavedView> views() {
        return views.all();
    }

    /** Saves (or replaces, by name ignoring case) a view. */
    public SavedView saveView(String name, ClientFilter filter) {
        return views.save(name, filter);
    }

    public void deleteView(String name) {
        views.delete(name);
    }

    /** The one tag a change to many rows names; refused (field "tag", the message under messageKey) unless exactly one. */
    static String oneTag(String text, String messageKey) {
        List<String> t = Interaction.parseTags(text);
        if (t.size() != 1) {
            throw new ValidationException("tag", dev.rapport.i18n.I18n.t(messageKey));
        }
        return t.get(0);
    }
}
