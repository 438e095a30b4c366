package dev.rapport.ui.journal;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.Client;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.JournalFilter;
import dev.rapport.model.RapportException;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.ListFilters;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The journal screen's state: every client's entries, newest first, a page at a time, filtered
 * by client, channel, tag and dates; the journal is read off the FX thread.
 */
public final class JournalViewModel {
    static final int PAGE = 100;

    private final JournalSession session;
    private final Background background;
    private final ListFilters filters = new ListFilters(this::reload);
    private final ObjectProperty<Channel> channel = filters.choice();
    private final ObjectProperty<String> tag = filters.choice();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList(Channel.values());
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    private final ChangeFollower follower;
    private JournalFilter current = JournalFilter.ALL;
    private Consumer<String> failed = m -> { };

    public JournalViewModel(JournalSession session, Background background) {
        this.session = session;
        this.background = background;
        follower = new ChangeFollower(session.changes(), background, EnumSet.of(Kind.ENTRIES, Kind.CLIENTS, Kind.PEOPLE),
                this::reload);
    }

    private record Page(List<JournalEntry> entries, int total, List<Client> clients, List<String> tags) {
    }

    /** Reads the first page for the filter (and the clients and tags to choose from); a filter that cannot be is said in words. */
    public void reload() {
        try {
            current = new JournalFilter(filters.clientId(), channel.get(), tag.get(), filters.fromProperty().get(),
                    filters.toProperty().get());
            filterError.set("");
        } catch (RapportException e) {
            filterError.set(e.getMessage());
            return;
        }
        JournalFilter filter = current;
        background.run(() -> new Page(session.interactions().page(filter, PAGE, 0), session.interactions().count(filter),
                session.clients().all(), session.interactions().tags()), page -> {
            filters.setClients(page.clients());
            if (!tags.equals(page.tags())) {
                tags.setAll(page.tags());
            }
            entries.setAll(page.entries());
            count.set(I18n.plural("journal.count", page.total()));
            more.set(page.entries().size() < page.total());
        }, t -> failed.accept(t.getMessage()));
    }

    /** The next page, added beneath. */
    public void loadMore() {
        JournalFilter filter = current;
        int offset = entries.size();
        background.run(() -> session.interactions().page(filter, PAGE, offset), page -> {
            entries.addAll(page);
            more.set(page.size() == PAGE);
        }, t -> failed.accept(t.getMessage()));
    }

    /** The client, the period and Clear; the channel and the tag are choices among them. */
    public ListFilters filters() {
        return filters;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObservableList<Channel> channels() {
        return channels;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<JournalEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty filterErrorProperty() {
        return filterError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    public ChangeFollower follower() {
        return follower;
    }

    public void onFailure(Consumer<String> tell) {
        failed = tell;
    }
}
