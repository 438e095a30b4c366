package dev.rapport.ui;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.JournalChanges;
import dev.rapport.ui.common.ChangeFollower;
import dev.rapport.ui.common.Icons;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The left rail: one button a screen (Ctrl+1…8 and the arrow keys move along it) and Today's badge of what is due. */
final class Rail {
    /** The rail's places, in the order they stand. */
    enum Place {
        TODAY("today", Feather.SUN), CLIENTS("clients", Feather.USERS), JOURNAL("journal", Feather.BOOK),
        PROMISES("promises", Feather.FLAG), PROBLEMS("problems", Feather.ALERT_TRIANGLE), REQUESTS("requests", Feather.MAIL),
        HEALTH("health", Feather.ACTIVITY), SETTINGS("settings", Feather.SETTINGS);

        private final String key;
        private final Ikon icon;

        Place(String key, Ikon icon) {
            this.key = key;
            this.icon = icon;
        }
    }

    private final ToggleGroup group = new ToggleGroup();
    private final Map<Place, ToggleButton> buttons = new EnumMap<>(Place.class);
    private final Label todayBadge = new Label();
    private final VBox box;

    /** {@code go} is called with the place whose button was pressed. */
    Rail(java.util.function.Consumer<Place> go) {
        for (Place p : Place.values()) {
            ToggleButton b = new ToggleButton(I18n.t("app.rail." + p.key), Icons.of(p.icon));
            b.setId("rail-" + p.key);
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().addAll(Styles.FLAT, "rail-button");
            b.setOnAction(e -> go.accept(p));
            buttons.put(p, b);
        }
        todayBadge.setId("today-badge");
        todayBadge.getStyleClass().addAll("badge", "today-badge");
        todayBadge.setVisible(false);
        todayBadge.setMouseTransparent(true);
        Label brand = new Label("Rapport");
        brand.getStyleClass().addAll(Styles.TITLE_4, "brand");
        StackPane today = new StackPane(buttons.get(Place.TODAY), todayBadge);
        StackPane.setAlignment(todayBadge, Pos.CENTER_RIGHT);
        StackPane.setMargin(todayBadge, new Insets(0, 8, 0, 0));
        box = new VBox(6, brand, today);
        buttons.values().stream().filter(b -> b != buttons.get(Place.TODAY)).forEach(box.getChildren()::add);
        box.getStyleClass().add("rail");
        RailKeys.install(box, List.copyOf(buttons.values()));
        box.setPadding(new Insets(16, 10, 16, 10));
        // As wide as the longest label in the chosen language needs (Today keeps room for its badge), at least 148.
        box.setMinWidth(148);
        box.setPrefWidth(Region.USE_COMPUTED_SIZE);
    }

    VBox node() {
        return box;
    }

    /** Marks the place shown (none when null). */
    void select(Place place) {
        group.selectToggle(place == null ? null : buttons.get(place));
    }

    boolean isSelected(Place place) {
        return buttons.get(place).isSelected();
    }

    /**
     * Keeps the badge in step with the journal while {@code frame} is shown: Today counts it itself
     * when it reloads; on any other screen the rail counts again, off the FX thread, after a change.
     */
    void followDue(Node frame, AppContext app) {
        ChangeFollower.whileShown(frame, app.session().changes(), EnumSet.allOf(JournalChanges.Kind.class), () -> {
            if (!isSelected(Place.TODAY)) {
                app.background().run(() -> app.session().todayList().today().dueCount(), this::showDue,
                        t -> app.status().say(t.getMessage()));
            }
        });
    }

    void showDue(int count) {
        todayBadge.setText(badgeText(count));
        todayBadge.setAccessibleText(Integer.toString(count));
        todayBadge.setVisible(count > 0);
    }

    /** The rail's due count, "99+" above 99: four digits would cover the word Today. */
    static String badgeText(int count) {
        return count > 99 ? "99+" : Integer.toString(count);
    }
}
