package dev.rapport.ui;

import dev.rapport.model.SearchHit;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;

/**
 * Opens the editing sheets from the frame (+ New, quick-entry keys, a search hit), for the client on
 * screen when a client page is shown. The sheets' saves need no reload: the change notice does it.
 */
final class NewItems {
    private final AppContext app;
    private final ScreenHost screens;

    NewItems(AppContext app, ScreenHost screens) {
        this.app = app;
        this.screens = screens;
    }

    void entry() {
        app.navigator().newInteraction(screens.clientId());
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
        app.navigator().newClient();
    }

    /** Opens what a search hit names: its client's page, or the item's sheet. */
    void open(SearchHit hit) {
        switch (hit.kind()) {
            case CLIENT -> app.navigator().showClient(hit.clientId());
            case CONTACT -> {
                app.navigator().showClient(hit.clientId());
                screens.clientPage().showPeople();
            }
            case ENTRY -> app.navigator().editInteraction(hit.id());
            case PROMISE -> PromiseForm.edit(app, app.session().ledger().promise(hit.id()), p -> { });
            case PROBLEM -> ProblemForm.edit(app, app.session().ledger().problem(hit.id()), p -> { });
            case REQUEST -> RequestForm.edit(app, app.session().ledger().request(hit.id()), r -> { });
        }
    }
}
