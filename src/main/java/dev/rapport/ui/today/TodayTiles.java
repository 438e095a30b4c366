package dev.rapport.ui.today;

import atlantafx.base.controls.Tile;
import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.TodayPage;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;

import java.util.function.LongConsumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Today's rows: one tile per alert, drifting client or item, its buttons wired to the view-model's commands. */
final class TodayTiles {
    private static final int TITLE_LENGTH = 110;

    private final AppContext app;
    private final TodayViewModel model;
    private final TodayKeys rows;

    TodayTiles(AppContext app, TodayViewModel model, TodayKeys rows) {
        this.app = app;
        this.model = model;
        this.rows = rows;
    }

    Tile alert(TodayPage.Alert a) {
        Long clientId = a.alert().clientId();
        Tile tile = new WrappingTile(a.alert().message(), a.look());
        // a client can have both kinds of alert at once: the kind keeps the ids apart
        tile.setId("today-alert-" + (clientId == null ? "all" : clientId) + "-" + a.alert().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        tile.setGraphic(icon(Feather.ALERT_OCTAGON, Styles.DANGER));
        Button open = new Button(I18n.t(clientId == null ? "today.openHealth" : "today.openClient"), new FontIcon(Feather.ARROW_RIGHT));
        open.getStyleClass().addAll(Styles.SMALL);
        open.setFocusTraversable(false);
        open.setOnAction(e -> {
            if (clientId == null) {
                model.openHealth();
            } else {
                model.openClient(clientId);
            }
        });
        tile.setAction(buttons(open));
        rows.row(tile, open, "O");
        return tile;
    }

    Tile losingTouch(ClientOverview o) {
        Tile tile = new WrappingTile(o.client().name(), I18n.plural("today.losing.detail", o.daysSinceLastContact(),
                o.client().rhythm().idealDays(), o.client().rhythm().maxDays()));
        tile.setId("today-losing-" + o.client().id());
        tile.setGraphic(icon(Feather.USER_X, Styles.WARNING));
        Button log = logContact(o.client().id());
        tile.setAction(buttons(log));
        tile.setActionHandler(() -> model.openClient(o.client().id()));
        rows.row(tile, log, "L");
        dev.rapport.ui.common.Spoken.rowActions(log, o.client().name(), null);
        return tile;
    }

    Tile item(TodayItem item, boolean birthday) {
        Tile tile = new WrappingTile(Formats.ellipsis(item.title(), TITLE_LENGTH), item.clientName() + " · " + item.detail());
        tile.setId("today-item-" + slug(item.kind()) + "-" + item.itemId());
        String tone = item.group() == Group.OVERDUE ? Styles.DANGER : item.group() == Group.TODAY ? Styles.WARNING : Styles.ACCENT;
        long id = item.itemId();
        rows.row(tile, null, null);
        switch (item.kind()) {
            case PROMISE_DUE -> act(tile, icon(Feather.FLAG, tone), main(tile, "today-kept-", "today.action.kept", Feather.CHECK,
                    model::markKept, id, "K"), () -> model.promise(id, this::editPromise));
            case PROMISE_UNREPORTED -> act(tile, icon(Feather.AWARD, tone), main(tile, "today-report-promise-", "today.action.report",
                    Feather.SEND, model::reportPromise, id, "R"), () -> model.promise(id, this::editPromise));
            case REQUEST_ACKNOWLEDGE, REQUEST_ANSWER -> {
                Button answer = button("today-answer-" + id, "today.action.answer", Feather.EDIT_3, x -> model.request(x, this::editRequest), id);
                tile.setGraphic(icon(Feather.MAIL, tone));
                tile.setAction(item.kind() == TodayItem.Kind.REQUEST_ACKNOWLEDGE
                        ? buttons(main(tile, "today-ack-", "today.action.acknowledge", Feather.CHECK, model::acknowledge, id, "A"), answer)
                        : buttons(rows.main(tile, answer, "A")));
                tile.setActionHandler(() -> model.request(id, this::editRequest));
            }
            case PROBLEM_DUE -> act(tile, icon(Feather.ALERT_TRIANGLE, tone), main(tile, "today-resolve-", "today.action.resolved",
                    Feather.CHECK, model::resolve, id, "R"), () -> model.problem(id, this::editProblem));
            case RESOLUTION_UNREPORTED -> act(tile, icon(Feather.CHECK_CIRCLE, tone), main(tile, "today-report-problem-",
                    "today.action.report", Feather.SEND, model::reportResolution, id, "R"), () -> model.problem(id, this::editProblem));
            case KEEP_IN_TOUCH -> act(tile, icon(Feather.USER_X, tone), rows.main(tile, logContact(item.clientId()), "L"),
                    () -> model.openClient(item.clientId()));
            case DATE_COMING -> act(tile, icon(birthday ? Feather.GIFT : Feather.CALENDAR, Styles.ACCENT), null,
                    () -> model.openClient(item.clientId()));
            case WRITE_UP -> writeUp(tile, item, tone);
            case MEETING_UNBRIEFED, MEETING_BRIEFED -> act(tile, icon(Feather.BRIEFCASE, tone), main(tile, "today-brief-", "calendar.today.brief",
                    Feather.FILE_TEXT, x -> model.openBrief(item), id, "B"), () -> model.openBrief(item));
            case FOLLOW_UP_ACKNOWLEDGE, FOLLOW_UP_TALK -> {
                tile.setGraphic(icon(Feather.FROWN, tone));
                Button talked = button("today-talked-" + id, "today.action.talked", Feather.PHONE, model::followUpTalked, id);
                tile.setAction(item.kind() == TodayItem.Kind.FOLLOW_UP_ACKNOWLEDGE
                        ? buttons(main(tile, "today-ack-follow-up-", "today.action.acknowledge", Feather.CHECK, model::followUpAcknowledged, id, "A"), talked)
                        : buttons(rows.main(tile, talked, "T")));
                tile.setActionHandler(() -> model.openClient(item.clientId()));
            }
        }
        dev.rapport.ui.common.Spoken.rowActions(tile.getAction(), item.title(), item.clientName());
        return tile;
    }

    /**
     * An ended meeting to write up: Enter or W opens the prefilled entry sheet, D dismisses it; the keys are
     * on the buttons, in the row's tooltip and in what a screen reader says of the row.
     */
    private void writeUp(Tile tile, TodayItem item, String tone) {
        String id = item.itemId() + "-" + item.clientId();
        tile.setId("today-item-write-up-" + id);
        Button write = rows.main(tile, button("today-write-up-" + id, "writeup.today.action", Feather.EDIT_3, x -> openWriteUp(item),
                item.itemId()), "W");
        Button dismiss = rows.second(tile, button("today-dismiss-write-up-" + id, "writeup.today.dismiss", Feather.X,
                x -> model.dismissWriteUp(item), item.itemId()), "D");
        dismiss.getStyleClass().add(Styles.FLAT);
        act(tile, icon(Feather.EDIT, tone), null, () -> openWriteUp(item));
        tile.setAction(buttons(write, dismiss));
        String keys = I18n.t("writeup.today.keys", "W", "D");
        tile.setAccessibleHelp(keys);
        dismiss.setAccessibleHelp(keys); // D dismisses; Space is the row's main action, Write up
        javafx.scene.control.Tooltip.install(tile, new javafx.scene.control.Tooltip(keys));
    }

    private void openWriteUp(TodayItem item) {
        model.writeUp(item, w -> dev.rapport.ui.journal.InteractionForm.writeUp(app,
                new dev.rapport.ui.journal.WriteUpSheetModel(app.session(), w), saved -> { }));
    }

    private void editPromise(dev.rapport.model.Promise p) {
        PromiseForm.edit(app, p, saved -> { });
    }

    private void editRequest(dev.rapport.model.Request r) {
        RequestForm.edit(app, r, saved -> { });
    }

    private void editProblem(dev.rapport.model.Problem p) {
        ProblemForm.edit(app, p, saved -> { });
    }

    /** The tile's icon, its one main button (none when null) and what opening the row does. */
    private static void act(Tile tile, FontIcon icon, Button main, Runnable open) {
        tile.setGraphic(icon);
        if (main != null) {
            tile.setAction(buttons(main));
        }
        tile.setActionHandler(open);
    }

    private Button main(Tile tile, String idPrefix, String textKey, Ikon ikon, LongConsumer action, long itemId, String key) {
        return rows.main(tile, button(idPrefix + itemId, textKey, ikon, action, itemId), key);
    }

    private Button logContact(long clientId) {
        return button("today-log-" + clientId, "today.action.logContact", Feather.EDIT_3, model::logContact, clientId);
    }

    private static Button button(String id, String textKey, Ikon ikon, LongConsumer action, long itemId) {
        Button b = new Button(I18n.t(textKey), Icons.of(ikon));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setFocusTraversable(false); // the row takes the keys: no stop on each button
        b.setOnAction(e -> action.accept(itemId));
        return b;
    }

    private static HBox buttons(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    private static FontIcon icon(Ikon ikon, String tone) {
        FontIcon i = Icons.of(ikon);
        i.setIconSize(20);
        i.getStyleClass().add(tone);
        return i;
    }

    static String slug(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
