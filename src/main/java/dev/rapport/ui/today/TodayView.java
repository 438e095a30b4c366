package dev.rapport.ui.today;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.TodayPage;
import dev.rapport.logic.TodayPage.Section;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Children;
import dev.rapport.ui.common.FollowFocus;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.LeftOutNote;
import dev.rapport.ui.common.Refreshable;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The start screen: everything that needs the consultant now, most urgent first, grouped overdue /
 * today / this week, with the investigate alerts and the clients drifting out of touch on top.
 * What it shows comes from {@link TodayPage} through {@link TodayViewModel}; the rows are {@link TodayTiles}.
 */
public final class TodayView extends VBox implements Refreshable {
    private final TodayViewModel model;
    private final IntConsumer dueCount;
    private final VBox body = new VBox(20);
    private final Label subtitle = new Label();
    private final LeftOutNote leftOut = new LeftOutNote("today-left-out");
    private final ScrollPane scroll = new ScrollPane(body);
    /** How many rows of each section the consultant opened, by section id: a reload after acting on a row keeps them. */
    private final Map<String, Integer> opened = new HashMap<>();
    /** The sections shown, by section id: a reload keeps those whose rows are the same, rather than building them again. */
    private Map<String, Shown> shown = Map.of();
    private Map<String, Shown> next = new HashMap<>();
    private final TodayKeys rows = new TodayKeys(body);
    private final TodayTiles tiles;

    public TodayView(AppContext app, IntConsumer dueCount) {
        this.model = new TodayViewModel(app.session(), app.background(), app.navigator());
        this.tiles = new TodayTiles(app, model, rows);
        this.dueCount = dueCount;
        setId("today-view");
        getStyleClass().add("page");
        setSpacing(16);
        setPadding(new Insets(24));
        getChildren().addAll(header(), leftOut, scroll());
        model.saidProperty().addListener((o, was, said) -> said.tell(app.status()));
        model.pageProperty().addListener((o, was, page) -> show(page));
        reload();
    }

    private HBox header() {
        Label title = new Label(I18n.t("today.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        subtitle.setId("today-subtitle");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(12, title, subtitle);
        header.setAlignment(Pos.BASELINE_LEFT);
        return header;
    }

    private ScrollPane scroll() {
        body.setPadding(new Insets(0, 8, 8, 0));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        FollowFocus.install(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    @Override
    public void reload() {
        model.reload();
    }

    private void show(TodayPage page) {
        int focusedRow = rows.focusedRow();
        leftOut.show(page.leftOut());
        dueCount.accept(page.day().dueCount());
        subtitle.setText(Formats.longDate(page.day().date()) + " · " + (page.day().items().isEmpty() ? I18n.t("today.nothingDue")
                : I18n.t("today.dueSummary", page.day().dueCount(), page.day().items().size())));
        List<Node> sections = new ArrayList<>();
        next = new HashMap<>();
        for (Section s : page.sections()) {
            switch (s) {
                case INVESTIGATE -> sections.add(section(page, "today-alerts", I18n.t("today.section.investigate"), I18n.t("today.section.investigate.hint"),
                        page.alerts(), tiles::alert));
                case LOSING_TOUCH -> sections.add(section(page, "today-losing-touch", I18n.t("today.section.losingTouch"),
                        I18n.t("today.section.losingTouch.hint"), page.losingTouch(), tiles::losingTouch));
                case WRITE_UPS -> sections.add(section(page, "today-write-ups", I18n.t("writeup.today.section"), I18n.t("writeup.today.sectionHint"),
                        page.items(s), i -> tiles.item(i, false)));
                case MEETINGS -> sections.add(section(page, "today-meetings", I18n.t("calendar.today.section"), I18n.t("calendar.today.sectionHint"),
                        page.items(s), i -> tiles.item(i, page.isBirthday(i))));
                case OVERDUE, TODAY, THIS_WEEK -> sections.add(section(page, "today-group-" + TodayTiles.slug(s), groupLabel(s), null,
                        page.items(s), i -> tiles.item(i, page.isBirthday(i))));
            }
        }
        if (page.isEmpty()) {
            sections.add(empty());
        }
        shown = next;
        Children.replaceChanged(body.getChildren(), sections);
        rows.focusAfterReload(focusedRow);
    }

    /** A section as it was shown for the same day, rows and birthdays; otherwise built anew. */
    private record Shown(List<?> items, java.time.LocalDate day, Set<Long> birthdays, Node node) {
        boolean same(List<?> items, TodayPage page) {
            return items.equals(this.items) && page.day().date().equals(day) && page.birthdays().equals(birthdays);
        }
    }

    private <T> Node section(TodayPage page, String id, String title, String hint, List<T> items, Function<T, Node> row) {
        Shown was = shown.get(id);
        Node node = was != null && was.same(items, page) ? was.node()
                : new PagedSection<>(id, title, hint, items, row, opened.getOrDefault(id, 0), n -> opened.put(id, n), scroll).node();
        next.put(id, new Shown(List.copyOf(items), page.day().date(), Set.copyOf(page.birthdays()), node));
        return node;
    }

    private static String groupLabel(Section s) {
        return I18n.t(switch (s) {
            case OVERDUE -> "today.group.overdue";
            case TODAY -> "today.group.today";
            default -> "today.group.thisWeek";
        });
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
        log.setOnAction(e -> model.logContact(null));
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
