package dev.rapport.ui.common;

import dev.rapport.model.ClientStatus;
import dev.rapport.model.RapportException;
import dev.rapport.model.RhythmState;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.controls.FilterBar;

import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.scene.control.TextField;

/**
 * The client list's and the people list's filter fields in a {@link FilterBar}, bound to a
 * {@link ClientFilterModel}, and the sheet that names a saved view. Ids start with the list's prefix.
 */
public final class ClientFilterFields {
    /** The list's own words for the fields. */
    public record Words(String search, String anyStatus, Function<ClientStatus, String> status, String anyTag,
                        Function<String, String> tag, String anyRhythm, Function<RhythmState, String> rhythm, String from,
                        String until, String views, String saveView, String saveTitle, String saveSubtitle, String saveName,
                        Function<String, String> saved) {
    }

    private ClientFilterFields() {
    }

    /** The search field and the status choice (the first line's start; the screen may add its own after them). */
    public static void first(FilterBar bar, String prefix, String searchId, double searchWidth, ClientFilterModel m, Words w) {
        bar.search(searchId, w.search(), searchWidth, m.textProperty());
        bar.choice(prefix + "-status", w.anyStatus(), w.status(), FXCollections.observableArrayList(ClientStatus.values()),
                m.statusProperty());
    }

    /** Tag, rhythm, last contact from/until and the saved views. */
    public static void rest(FilterBar bar, AppContext app, String prefix, ClientFilterModel m, Words w) {
        bar.choice(prefix + "-tag", w.anyTag(), w.tag(), m.tags(), m.tagProperty());
        bar.choice(prefix + "-rhythm", w.anyRhythm(), w.rhythm(), FXCollections.observableArrayList(List.of(RhythmState.GREEN,
                RhythmState.AMBER, RhythmState.RED, RhythmState.NEVER)), m.rhythmProperty());
        bar.date(prefix + "-contact-after", w.from(), app.session().clock(), 170, m.afterProperty());
        bar.date(prefix + "-contact-before", w.until(), app.session().clock(), 170, m.beforeProperty());
        bar.savedViews(prefix + "-views", w.views(), m.views(), v -> m.show(v.filter()), prefix + "-save-view", w.saveView(),
                () -> askName(app, m, w));
    }

    private static void askName(AppContext app, ClientFilterModel m, Words w) {
        Form form = new Form(w.saveTitle(), w.saveSubtitle());
        TextField name = form.field("viewName", w.saveName(), new TextField());
        name.setId("view-name");
        form.onCancel(() -> app.sheets().close());
        form.onSave(() -> m.saveView(name.getText(), saved -> {
            app.sheets().close();
            app.status().say(w.saved().apply(saved.name()));
        }, t -> {
            if (t instanceof RapportException e) {
                form.showError(e);
            } else {
                app.status().say(t.getMessage());
            }
        }));
        app.sheets().show(form);
        name.requestFocus();
    }
}
