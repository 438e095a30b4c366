package dev.rapport.ui.common;

import dev.rapport.logic.ClientListService.SavedView;
import dev.rapport.logic.TaggedList;
import dev.rapport.model.ClientFilter;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.RhythmState;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The filter the client list and the people list share ({@link ClientFilter}: text, client status,
 * tag, rhythm state, last contact from/until), the tags to choose from, and the list's saved views.
 * A change to any part tells the list once; showing a saved view tells it once for all parts.
 */
public final class ClientFilterModel {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<ClientStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final ObjectProperty<RhythmState> rhythm = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> after = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> before = new SimpleObjectProperty<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final Background background;
    private final TaggedList list;
    private final Runnable changed;
    private boolean quiet;

    public ClientFilterModel(Background background, TaggedList list, Runnable changed) {
        this.background = background;
        this.list = list;
        this.changed = changed;
        for (Observable o : List.of(text, status, tag, rhythm, after, before)) {
            o.addListener(x -> {
                if (!quiet) {
                    changed.run();
                }
            });
        }
    }

    public StringProperty textProperty() {
        return text;
    }

    public ObjectProperty<ClientStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<String> tagProperty() {
        return tag;
    }

    public ObjectProperty<RhythmState> rhythmProperty() {
        return rhythm;
    }

    public ObjectProperty<LocalDate> afterProperty() {
        return after;
    }

    public ObjectProperty<LocalDate> beforeProperty() {
        return before;
    }

    /** The tags in use, to choose from. */
    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<SavedView> views() {
        return views;
    }

    /** The filter as chosen; an "until" before the "from" is left out rather than refused while typing. */
    public ClientFilter filter() {
        LocalDate from = after.get();
        LocalDate to = before.get();
        if (from != null && to != null && to.isBefore(from)) {
            to = null;
        }
        return new ClientFilter(text.get(), status.get(), tag.get(), rhythm.get(), to, from);
    }

    /** Sets every part at once (a saved view, Clear), telling the list once. */
    public void show(ClientFilter f) {
        quiet = true;
        try {
            text.set(f.text());
            status.set(f.status());
            tag.set(f.tag());
            rhythm.set(f.rhythm());
            after.set(f.contactedOnOrAfter());
            before.set(f.contactedOnOrBefore());
        } finally {
            quiet = false;
        }
        changed.run();
    }

    public void clear() {
        show(ClientFilter.ALL);
    }

    /** Loaded tags (on the FX thread): the chosen tag stays chosen. */
    public void setTags(Collection<String> loaded) {
        List<String> sorted = List.copyOf(new java.util.TreeSet<>(loaded));
        if (!tags.equals(sorted)) {
            tags.setAll(sorted);
        }
    }

    public void setViews(List<SavedView> loaded) {
        if (!views.equals(loaded)) {
            views.setAll(loaded);
        }
    }

    /** Saves the filter under a name, off the FX thread; the views are read again with it. */
    public void saveView(String name, Consumer<SavedView> saved, Consumer<Throwable> failed) {
        ClientFilter f = filter();
        background.run(() -> {
            SavedView v = list.saveView(name, f);
            return java.util.Map.entry(v, list.views());
        }, done -> {
            views.setAll(done.getValue());
            saved.accept(done.getKey());
        }, failed);
    }
}
