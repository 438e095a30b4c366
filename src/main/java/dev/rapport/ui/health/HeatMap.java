package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.HealthService.HeatRow;
import dev.rapport.model.AttributeState;
import dev.rapport.model.Rating;
import dev.rapport.ui.common.FigureTable;
import dev.rapport.ui.common.Formats;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Clients × checklist items, each cell coloured by the latest rating; blank where never reviewed. */
final class HeatMap extends GridPane {
    private static final double CELL = 26;

    HeatMap() {
        setId("health-heatmap");
        dev.rapport.ui.common.Spoken.name(this, "spoken.heat.name");
        setHgap(3);
        setVgap(3);
    }

    private List<HeatRow> shown = List.of();

    /** The map's ratings as a table, for a screen reader (FigureTable). */
    FigureTable.Figures figures() {
        List<String> headers = new java.util.ArrayList<>(List.of(I18n.t("spoken.heat.client")));
        if (!shown.isEmpty()) {
            shown.get(0).states().forEach(s -> headers.add(s.item().name()));
        }
        List<List<String>> rows = shown.stream().map(row -> {
            List<String> cells = new java.util.ArrayList<>(List.of(row.client().name()));
            row.states().forEach(s -> cells.add(s.neverReviewed() ? I18n.t("health.heat.never") : s.latest().label()));
            return cells;
        }).toList();
        return new FigureTable.Figures(I18n.t("health.heat.title"), headers, rows);
    }

    void show(List<HeatRow> rows, LongConsumer openClient) {
        shown = List.copyOf(rows);
        getChildren().clear();
        getColumnConstraints().clear();
        if (rows.isEmpty()) {
            Label none = new Label(I18n.t("health.heat.noClients"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            add(none, 0, 0);
            return;
        }
        List<AttributeState> header = rows.get(0).states();
        getColumnConstraints().setAll(new ColumnConstraints());
        for (int col = 0; col < header.size(); col++) {
            getColumnConstraints().add(new ColumnConstraints(CELL, CELL, CELL));
        }
        for (int col = 0; col < header.size(); col++) {
            Label name = new Label(header.get(col).item().name());
            name.getStyleClass().add(Styles.TEXT_SMALL);
            name.setRotate(-55);
            Group g = new Group(name);
            add(g, col + 1, 0);
            GridPane.setHalignment(g, HPos.LEFT);
            GridPane.setValignment(g, VPos.BOTTOM);
        }
        for (int r = 0; r < rows.size(); r++) {
            HeatRow row = rows.get(r);
            Hyperlink client = new Hyperlink(row.client().name());
            client.setId("heat-client-" + row.client().id());
            client.setTooltip(new Tooltip(I18n.t("health.heat.review", row.client().name())));
            client.setOnAction(e -> openClient.accept(row.client().id()));
            add(client, 0, r + 1);
            for (int c = 0; c < row.states().size(); c++) {
                add(cell(row, row.states().get(c)), c + 1, r + 1);
            }
        }
    }

    private static Region cell(HeatRow row, AttributeState s) {
        Region cell = new Region();
        cell.setMinSize(CELL, CELL);
        cell.setPrefSize(CELL, CELL);
        cell.getStyleClass().addAll("heat-cell", styleOf(s.latest()));
        String trend = s.trend().stream().map(r -> r.label().toLowerCase(I18n.messages().locale())).collect(Collectors.joining(" → "));
        Tooltip tip = new Tooltip(row.client().name() + " · " + s.item().name() + "\n" + (s.neverReviewed() ? I18n.t("health.heat.never")
                : I18n.t("health.heat.latest", s.latest().label(), Formats.date(s.latestOn()), trend)));
        Tooltip.install(cell, tip);
        cell.setUserData(s.latest());
        return cell;
    }

    static String styleOf(Rating r) {
        if (r == null) {
            return "heat-never";
        }
        return "heat-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Region legendSwatch(Rating r) {
        Region sw = new Region();
        sw.setMinSize(12, 12);
        sw.setPrefSize(12, 12);
        sw.getStyleClass().addAll("heat-cell", styleOf(r));
        return sw;
    }
}
