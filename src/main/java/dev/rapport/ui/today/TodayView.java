package dev.rapport.ui.today;

import atlantafx.base.controls.Tile;
import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.Request;
import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.LeftOutNote;
import dev.rapport.ui.common.FollowFocus;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.ui.ledger.ProblemForm;
import dev.rapport.ui.ledger.PromiseForm;
import dev.rapport.ui.ledger.RequestForm;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The start screen: everything that needs the consultant now, most urgent first, grouped overdue /
 * today / this week, with the clients drifting out of touch on top. Each row's buttons act in place.
 */
public final class TodayView extends VBox implements Refreshable {
    private final AppContext app;
    private final IntConsumer dueCount;
    private final VBox body = new VBox(20);
    private final Label subtitle = new Label();
    private final LeftOutNote leftOut = new LeftOutNote("today-left-out");
    private final ScrollPane scroll = new ScrollPane(body);
    /** How many rows of each section the consultant opened, by section id: a reload after acting on a row keeps them. */
    private final Map<String, Integer> opened = new HashMap<>();
    private final TodayKeys rows = new TodayKeys(body);
    /** The dated events that are birthdays (their icon is a gift), looked up with the day, off the FX thread. */
    private Set<Long> birthdays = Set.of();

    public TodayView(AppContext app, IntConsumer dueCount) {
        this.app = app;
        this.dueCount = dueCount;
        setId("today-view");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        Label title = new Label(I18n.t("today.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        subtitle.setId("today-subtitle");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(12, title, subtitle);
        header.setAlignment(Pos.BASELINE_LEFT);
        body.setPadding(new Insets(0, 8, 8, 0));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        FollowFocus.install(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, leftOut, scroll);
        reload();
    }

    /** An investigate alert with what to look at first: the client's open problems and weakest attributes. */
    private record Alert(HealthAlert alert, long openProblems, List<String> weakest) {
    }

    private record Loaded(TodayItem.Day day, List<Alert> alerts, Set<Long> birthdays, int leftOut) {
    }

    @Override
    public void reload() {
        app.background().run(() -> {
            TodayItem.Day day = app.session().todayList().today();
            List<Alert> alerts = alerts();
            Set<Long> birthdays = birthdays(day);
            return new Loaded(day, alerts, birthdays, app.session().leftOut());
        }, this::show, t -> app.status().say(t.getMessage()));
    }

    private Set<Long> birthdays(TodayItem.Day day) {
        Set<Long> clients = new HashSet<>();
        Set<Long> dateItems = new HashSet<>();
        for (TodayItem i : day.items()) {
            if (i.kind() == TodayItem.Kind.DATE_COMING) {
                clients.add(i.clientId());
                dateItems.add(i.itemId());
            }
        }
        Set<Long> out = new HashSet<>();
        for (long client : clients) {
            app.session().dates().forClient(client).stream()
                    .filter(e -> e.kind() == dev.rapport.model.DatedEvent.Kind.BIRTHDAY && dateItems.contains(e.id()))
                    .forEach(e -> out.add(e.id()));
        }
        return out;
    }

    private List<Alert> alerts() {
        List<Alert> out = new java.util.ArrayList<>();
        for (HealthAlert a : app.session().health().alerts()) {
            if (a.clientId() == null) {
                out.add(new Alert(a, 0, List.of()));
                continue;
            }
            long open = app.session().ledger().problems(a.clientId()).stream().filter(p -> p.isOpen()).count();
            List<String> weakest = app.session().health().attributeStates(a.clientId()).stream()
                    .filter(st -> st.score() != null && st.score() < 2.0).limit(2).map(st -> st.item().name()).toList();
            out.add(new Alert(a, open, weakest));
        }
        return out;
    }

    private void show(Loaded loaded) {
        int focusedRow = rows.focusedRow();
        showDay(loaded);
        rows.focusAfterReload(focusedRow);
    }

    private void showDay(Loaded loaded) {
        TodayItem.Day day = loaded.day();
        birthdays = loaded.birthdays();
        leftOut.show(loaded.leftOut());
        dueCount.accept(day.dueCount());
        subtitle.setText(Formats.longDate(day.date()) + " · "
                + (day.items().isEmpty() ? I18n.t("today.nothingDue") : I18n.t("today.dueSummary", day.dueCount(), day.items().size())));
        body.getChildren().clear();
        if (!loaded.alerts().isEmpty()) {
            add("today-alerts", I18n.t("today.section.investigate"), I18n.t("today.section.investigate.hint"), loaded.alerts(), this::tile);
        }
        if (day.isEmpty()) {
            if (loaded.alerts().isEmpty()) {
                body.getChildren().add(empty());
            }
            return;
        }
        if (!day.losingTouch().isEmpty()) {
            add("today-losing-touch", I18n.t("today.section.losingTouch"), I18n.t("today.section.losingTouch.hint"), day.losingTouch(),
                    this::tile);
        }
        List<TodayItem> meetings = day.items().stream().filter(i -> i.kind() == TodayItem.Kind.MEETING_UNBRIEFED).toList();
        if (!meetings.isEmpty()) {
            add("today-meetings", I18n.t("calendar.today.section"), I18n.t("calendar.today.sectionHint"), meetings, this::tile);
        }
        for (Group g : Group.values()) {
            List<TodayItem> items = day.items().stream().filter(i -> i.group() == g && i.kind() != TodayItem.Kind.MEETING_UNBRIEFED)
                    .toList();
            if (!items.isEmpty()) {
                add("today-group-" + g.name().toLowerCase().replace('_', '-'), groupLabel(g), null, items, this::tile);
            }
        }
    }

    private <T> void add(String id, String title, String hint, List<T> items, Function<T, Node> row) {
        body.getChildren().add(new PagedSection<>(id, title, hint, items, row, opened.getOrDefault(id, 0),
                shown -> opened.put(id, shown), scroll).node());
    }

    private Tile tile(Alert a) {
        StringBuilder look = new StringBuilder();
        if (a.alert().clientId() != null) {
            look.append(I18n.plural("today.alert.openProblems", a.openProblems()));
            if (!a.weakest().isEmpty()) {
                look.append(" · ").append(I18n.t("today.alert.weakest", String.join(", ", a.weakest())));
            }
        } else {
            look.append(I18n.t("today.alert.allClients"));
        }
        Tile tile = new Tile(a.alert().message(), look.toString());
        tile.setId("today-alert-" + (a.alert().clientId() == null ? "all" : a.alert().clientId()));
        tile.setGraphic(icon(Feather.ALERT_OCTAGON, Styles.DANGER));
        Long clientId = a.alert().clientId();
        Button open = new Button(I18n.t(clientId == null ? "today.openHealth" : "today.openClient"), new FontIcon(Feather.ARROW_RIGHT));
        open.getStyleClass().addAll(Styles.SMALL);
        open.setFocusTraversable(false);
        open.setOnAction(e -> {
            if (clientId == null) {
                app.navigator().showHealth();
            } else {
                app.navigator().showClient(clientId);
            }
        });
        tile.setAction(buttons(open));
        rows.row(tile, open, "O");
        return tile;
    }

    private Tile tile(ClientOverview o) {
        Tile tile = new Tile(o.client().name(), I18n.plural("today.losing.detail", o.daysSinceLastContact(),
                o.client().rhythm().idealDays(), o.client().rhythm().maxDays()));
        tile.setId("today-losing-" + o.client().id());
        tile.setGraphic(icon(Feather.USER_X, Styles.WARNING));
        Button log = logContact(o.client().id());
        tile.setAction(buttons(log));
        tile.setActionHandler(() -> app.navigator().showClient(o.client().id()));
        rows.row(tile, log, "L");
        dev.rapport.ui.common.Spoken.rowActions(log, o.client().name(), null);
        return tile;
    }

    private static String groupLabel(Group g) {
        return I18n.t(switch (g) {
            case OVERDUE -> "today.group.overdue";
            case TODAY -> "today.group.today";
            case THIS_WEEK -> "today.group.thisWeek";
        });
    }

    private Tile tile(TodayItem item) {
        Tile tile = new Tile(Formats.ellipsis(item.title(), 110), item.clientName() + " · " + item.detail());
        tile.setId("today-item-" + item.kind().name().toLowerCase().replace('_', '-') + "-" + item.itemId());
        String tone = item.group() == Group.OVERDUE ? Styles.DANGER : item.group() == Group.TODAY ? Styles.WARNING : Styles.ACCENT;
        long id = item.itemId();
        rows.row(tile, null, null);
        switch (item.kind()) {
            case PROMISE_DUE -> {
                tile.setGraphic(icon(Feather.FLAG, tone));
                tile.setAction(buttons(rows.main(tile, button("today-kept-" + id, I18n.t("today.action.kept"), Feather.CHECK, this::markKept, id), "K")));
                tile.setActionHandler(() -> PromiseForm.edit(app, app.session().ledger().promise(id), p -> { }));
            }
            case PROMISE_UNREPORTED -> {
                tile.setGraphic(icon(Feather.AWARD, tone));
                tile.setAction(buttons(rows.main(tile, button("today-report-promise-" + id, I18n.t("today.action.report"), Feather.SEND, this::reportPromise, id), "R")));
                tile.setActionHandler(() -> PromiseForm.edit(app, app.session().ledger().promise(id), p -> { }));
            }
            case REQUEST_ACKNOWLEDGE, REQUEST_ANSWER -> {
                tile.setGraphic(icon(Feather.MAIL, tone));
                Button answer = button("today-answer-" + id, I18n.t("today.action.answer"), Feather.EDIT_3,
                        x -> RequestForm.edit(app, app.session().ledger().request(x), r -> { }), id);
                tile.setAction(item.kind() == TodayItem.Kind.REQUEST_ACKNOWLEDGE
                        ? buttons(rows.main(tile, button("today-ack-" + id, I18n.t("today.action.acknowledge"), Feather.CHECK, this::acknowledge, id), "A"), answer)
                        : buttons(rows.main(tile, answer, "A")));
                tile.setActionHandler(() -> RequestForm.edit(app, app.session().ledger().request(id), r -> { }));
            }
            case PROBLEM_DUE -> {
                tile.setGraphic(icon(Feather.ALERT_TRIANGLE, tone));
                tile.setAction(buttons(rows.main(tile, button("today-resolve-" + id, I18n.t("today.action.resolved"), Feather.CHECK, this::resolve, id), "R")));
                tile.setActionHandler(() -> ProblemForm.edit(app, app.session().ledger().problem(id), p -> { }));
            }
            case RESOLUTION_UNREPORTED -> {
                tile.setGraphic(icon(Feather.CHECK_CIRCLE, tone));
                tile.setAction(buttons(rows.main(tile, button("today-report-problem-" + id, I18n.t("today.action.report"), Feather.SEND, this::reportResolution, id), "R")));
                tile.setActionHandler(() -> ProblemForm.edit(app, app.session().ledger().problem(id), p -> { }));
            }
            case KEEP_IN_TOUCH -> {
                tile.setGraphic(icon(Feather.USER_X, tone));
                tile.setAction(buttons(rows.main(tile, logContact(item.clientId()), "L")));
                tile.setActionHandler(() -> app.navigator().showClient(item.clientId()));
            }
            case DATE_COMING -> {
                tile.setGraphic(icon(birthdays.contains(item.itemId()) ? Feather.GIFT : Feather.CALENDAR, Styles.ACCENT));
                tile.setActionHandler(() -> app.navigator().showClient(item.clientId()));
            }
            case MEETING_UNBRIEFED -> {
                tile.setGraphic(icon(Feather.BRIEFCASE, tone));
                tile.setAction(buttons(rows.main(tile, button("today-brief-" + id, I18n.t("calendar.today.brief"), Feather.FILE_TEXT,
                        x -> openBrief(item), id), "B")));
                tile.setActionHandler(() -> openBrief(item));
            }
            case FOLLOW_UP_ACKNOWLEDGE, FOLLOW_UP_TALK -> {
                tile.setGraphic(icon(Feather.FROWN, tone));
                Button talked = button("today-talked-" + id, I18n.t("today.action.talked"), Feather.PHONE, this::followUpTalked, id);
                tile.setAction(item.kind() == TodayItem.Kind.FOLLOW_UP_ACKNOWLEDGE
                        ? buttons(rows.main(tile, button("today-ack-follow-up-" + id, I18n.t("today.action.acknowledge"), Feather.CHECK, this::followUpAcknowledged, id), "A"), talked)
                        : buttons(rows.main(tile, talked, "T")));
                tile.setActionHandler(() -> app.navigator().showClient(item.clientId()));
            }
        }
        dev.rapport.ui.common.Spoken.rowActions(tile.getAction(), item.title(), item.clientName());
        return tile;
    }

    /** Opens the client's brief for a meeting this week; the meeting then counts as prepared. */
    private void openBrief(TodayItem item) {
        app.session().meetings().briefOpened(item.clientId());
        app.navigator().showBrief(item.clientId());
        app.status().say(I18n.t("calendar.today.briefed", item.clientName()));
    }

    private void markKept(long id) {
        Promise before = app.session().ledger().promise(id);
        app.session().ledger().markKept(id, app.session().today(), Set.of(), "");
        app.status().sayWithUndo(I18n.t("today.status.kept", Formats.ellipsis(before.what(), 60)), () -> undo(before));
    }

    private void reportPromise(long id) {
        Promise before = app.session().ledger().promise(id);
        app.session().ledger().reportAchievement(id, app.session().today(), before.reportNote());
        app.status().sayWithUndo(I18n.t("today.status.reported", Formats.ellipsis(before.what(), 60)), () -> undo(before));
    }

    private void acknowledge(long id) {
        Request before = app.session().ledger().request(id);
        app.session().ledger().acknowledge(id, app.session().clock().instant());
        app.status().sayWithUndo(I18n.t("today.status.acknowledged", Formats.ellipsis(before.title(), 60)), () -> {
            app.session().ledger().save(before);
            });
    }

    private void followUpAcknowledged(long id) {
        var before = app.session().followUps().acknowledge(id, app.session().clock().instant());
        app.status().sayWithUndo(I18n.t("today.status.followUpAcknowledged"), () -> undo(before));
    }

    private void followUpTalked(long id) {
        var before = app.session().followUps().talked(id, app.session().clock().instant());
        app.status().sayWithUndo(I18n.t("today.status.talked"), () -> undo(before));
    }

    private void undo(dev.rapport.model.FollowUp before) {
        app.session().followUps().restore(before);
    }

    private void resolve(long id) {
        Problem before = app.session().ledger().problem(id);
        app.session().ledger().resolve(id, app.session().today());
        app.status().sayWithUndo(I18n.t("today.status.resolved"), () -> undo(before));
    }

    private void reportResolution(long id) {
        Problem before = app.session().ledger().problem(id);
        app.session().ledger().reportResolution(id, app.session().today(), null);
        app.status().sayWithUndo(I18n.t("today.status.resolutionReported"), () -> undo(before));
    }

    private void undo(Promise before) {
        app.session().ledger().save(before);
    }

    private void undo(Problem before) {
        app.session().ledger().save(before);
    }

    private Button logContact(long clientId) {
        Button b = new Button(I18n.t("today.action.logContact"), Icons.of(Feather.EDIT_3));
        b.setId("today-log-" + clientId);
        b.getStyleClass().add(Styles.SMALL);
        b.setFocusTraversable(false);
        b.setOnAction(e -> app.navigator().newInteraction(clientId));
        return b;
    }

    private static Button button(String id, String text, Ikon ikon, java.util.function.LongConsumer action, long itemId) {
        Button b = new Button(text, Icons.of(ikon));
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

    private Node empty() {
        FontIcon icon = Icons.of(Feather.SUN);
        icon.setIconSize(48);
        icon.getStyleClass().add("empty-icon");
        Label text = new Label(I18n.t("today.empty"));
        text.getStyleClass().add(Styles.TITLE_4);
        Button log = new Button(I18n.t("today.empty.newEntry"), Icons.of(Feather.EDIT_3));
        log.setId("today-new-entry");
        log.getStyleClass().add(Styles.ACCENT);
        log.setOnAction(e -> app.navigator().newInteraction(null));
        Label keys = new Label(I18n.t("today.empty.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region top = new Region();
        top.setPrefHeight(60);
        VBox box = new VBox(14, top, icon, text, log, keys);
        box.setId("today-empty");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
