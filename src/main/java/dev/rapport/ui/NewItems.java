package dev.rapport.ui;

import dev.rapport.i18n.I18n;
import dev.rapport.model.SearchHit;
import dev.rapport.ui.clients.ClientForm;
import dev.rapport.ui.journal.InteractionForm;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Opens the editing sheets from the frame (+ New, quick-entry keys, a search hit), for the client on
 * screen when a client page is shown. What a sheet edits is read off the FX thread first. The sheets'
 * saves need no reload: the change notice does it.
 */
final class NewItems {
    private final AppContext app;
    private final ScreenHost screens;

    NewItems(AppContext app, ScreenHost screens) {
        this.app = app;
        this.screens = screens;
    }

    void entry() {
        entry(screens.clientId());
    }

    /** A new entry, for a client when clientId is not null. */
    void entry(Long clientId) {
        InteractionForm.open(app, clientId, null, i -> { });
    }

    /** The entry's sheet, once the entry is read; an entry deleted meanwhile is said on the status line. */
    void editEntry(long interactionId) {
        read(() -> app.session().interactions().find(interactionId), found -> found.ifPresentOrElse(
                i -> InteractionForm.open(app, null, i, saved -> { }), () -> app.status().say(I18n.t("app.entryGone"))));
    }

    void promise() {
        PromiseForm.create(app, screens.clientId(), null, "", p -> { });
    }

    void request() {
        RequestForm.create(app, screens.clientId(), r -> { });
    }

    void problem() {
        ProblemForm.create(app, screens.clientId(), p -> { });
    }

    void client() {
        ClientForm.open(app, null, c -> app.navigator().showClient(c.id()));
    }

    /** Opens what a search hit names: its client's page, or the item's sheet. */
    void open(SearchHit hit) {
        switch (hit.kind()) {
            case CLIENT -> app.navigator().showClient(hit.clientId());
            case CONTACT -> {
                app.navigator().showClient(hit.clientId());
                screens.clientPage().showPeople();
            }
            case ENTRY -> editEntry(hit.id());
            case PROMISE -> read(() -> app.session().ledger().promise(hit.id()), p -> PromiseForm.edit(app, p, saved -> { }));
            case PROBLEM -> read(() -> app.session().ledger().problem(hit.id()), p -> ProblemForm.edit(app, p, saved -> { }));
            case REQUEST -> read(() -> app.session().ledger().request(hit.id()), r -> RequestForm.edit(app, r, saved -> { }));
        }
    }

    /** Reads on the journal thread, then opens the sheet on the FX thread; a failure (the item gone) is said on the status line. */
    private <T> void read(Callable<T> lookup, Consumer<T> open) {
        app.background().run(lookup, open, t -> app.status().say(t.getMessage()));
    }
}
