package dev.rapport.ui.clients;

import dev.rapport.i18n.I18n;
import atlantafx.base.theme.Styles;
import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.brief.ClientReviewSheet;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The client page's header card: name and status, last contact against the rhythm, the context carrier, and the client's actions. */
final class ClientHeader {
    /** Where the line of facts stands in the card: after the back button and the title. */
    private static final int FACTS = 2;

    private ClientHeader() {
    }

    static VBox card(AppContext app, ClientPageViewModel model, ClientOverview o) {
        long clientId = o.client().id();
        Button back = new Button(I18n.t("clients.page.back"), Icons.of(Feather.ARROW_LEFT));
        back.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        back.setOnAction(e -> app.navigator().showClients());
        Label name = new Label(o.client().name());
        name.setId("client-title");
        name.getStyleClass().add(Styles.TITLE_2);
        Label status = new Label(o.client().status().label() + (o.client().archived() ? " · " + I18n.t("clients.archived") : ""));
        status.getStyleClass().addAll("badge", "status-" + o.client().status().name().toLowerCase());
        HBox titleRow = new HBox(12, name, status);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        javafx.scene.layout.FlowPane facts = facts(o);

        Button entry = new Button(I18n.t("clients.page.newEntry"), Icons.of(Feather.EDIT_3));
        entry.setId("client-new-entry");
        entry.getStyleClass().add(Styles.ACCENT);
        entry.setOnAction(e -> app.navigator().newInteraction(clientId));
        Button edit = new Button(I18n.t("clients.page.edit"), Icons.of(Feather.EDIT));
        edit.setId("client-edit");
        edit.setOnAction(e -> ClientForm.open(app, o.client(), c -> { }));
        Button archive = new Button(I18n.t(o.client().archived() ? "clients.page.unarchive" : "clients.page.archive"), Icons.of(Feather.ARCHIVE));
        archive.setId("client-archive");
        archive.setOnAction(e -> toggleArchive(app, model, o.client()));
        Button delete = new Button(I18n.t("clients.page.delete"), Icons.of(Feather.TRASH_2));
        delete.setId("client-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> deleteClient(app, model, model.overviewProperty().get()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button dates = new Button(I18n.t("clients.page.dates"), Icons.of(Feather.CALENDAR));
        dates.setId("client-dates");
        dates.setOnAction(e -> DatesSheet.open(app, o.client()));
        Button review = new Button(I18n.t("clients.page.review"), Icons.of(Feather.BAR_CHART_2));
        review.setId("client-page-review");
        review.setOnAction(e -> ClientReviewSheet.open(app, o.client()));
        HBox actions = new HBox(8, entry, dates, review, spacer, edit, archive, delete);
        VBox card = new VBox(10, back, titleRow, facts, actions);
        card.getStyleClass().add("header-card");
        return card;
    }

    /**
     * Shows a changed overview of the same client (a new entry moves its last contact): only the line of
     * facts is built again, the rest of the card stays as it is.
     */
    static void refresh(VBox card, ClientOverview o) {
        card.getChildren().set(FACTS, facts(o));
    }

    /** Last contact against the rhythm, the context carrier and the industry; wraps at large text sizes. */
    private static javafx.scene.layout.FlowPane facts(ClientOverview o) {
        javafx.scene.Node dot = dev.rapport.ui.common.RhythmMark.of(o.rhythmState());
        Label rhythm = new Label(I18n.t("clients.page.lastContact", Formats.daysAgo(o.daysSinceLastContact())) + " · "
                + I18n.t("clients.page.rhythm", o.client().rhythm().idealDays(), o.client().rhythm().maxDays()));
        rhythm.setId("client-rhythm");
        Label carrier = new Label(o.contextCarrier() == null ? I18n.t("clients.page.noCarrier") : I18n.t("clients.page.carrier", o.contextCarrier()));
        carrier.getStyleClass().add(Styles.TEXT_MUTED);
        Label industry = new Label(o.client().industry());
        industry.getStyleClass().add(Styles.TEXT_MUTED);
        javafx.scene.layout.FlowPane facts = new javafx.scene.layout.FlowPane(10, 4, dot, rhythm, sep(), carrier); // wraps at large text sizes
        if (!o.client().industry().isEmpty()) {
            facts.getChildren().addAll(sep(), industry);
        }
        facts.setAlignment(Pos.CENTER_LEFT);
        return facts;
    }


    private static Label sep() {
        Label l = new Label("·");
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    private static void toggleArchive(AppContext app, ClientPageViewModel model, Client client) {
        boolean archived = !client.archived();
        model.setArchived(archived, now -> app.status().sayWithUndo(
                I18n.t(archived ? "clients.page.archived" : "clients.page.unarchived", client.name()),
                () -> model.setArchived(!archived, back -> { })));
    }

    private static void deleteClient(AppContext app, ClientPageViewModel model, ClientOverview o) {
        String message = I18n.t("clients.delete.text", o.client().name(), I18n.plural("clients.delete.people", o.contactCount()),
                I18n.plural("clients.delete.entries", o.interactionCount()));
        int choice = app.dialogs().choose(I18n.t("clients.delete.title", o.client().name()), message,
                List.of(I18n.t("clients.delete.archiveInstead"), I18n.t("clients.delete.all")));
        if (choice == 0) {
            toggleArchive(app, model, o.client());
        } else if (choice == 1) {
            model.delete(snapshot -> {
                app.status().sayWithUndo(I18n.t("clients.delete.done", o.client().name()),
                        () -> model.undoDelete(snapshot, restored -> app.navigator().showClient(restored.id())));
                app.navigator().showClients();
            });
        }
    }

}
