package dev.rapport.ui.health;

import dev.rapport.i18n.I18n;
import dev.rapport.model.PeriodFigures;

import java.util.List;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/** The practice's NPS month by month; a month without answers keeps its place on the axis without a point. */
final class NpsTrendChart extends LineChart<String, Number> {
    NpsTrendChart() {
        super(new CategoryAxis(), new NumberAxis(-125, 125, 25));
        setId("health-trend");
        setAnimated(false);
        setLegendVisible(false);
        setPrefHeight(240);
        setMinHeight(220);
        NumberAxis y = (NumberAxis) getYAxis();
        y.setLabel(I18n.t("health.nps"));
        y.setMinorTickVisible(false);
        // Room above 100 and below −100 so a point there is whole; labels only every 50.
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                long v = Math.round(n.doubleValue());
                return v % 50 == 0 && Math.abs(v) <= 100 ? Long.toString(v) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        setHorizontalGridLinesVisible(false);
    }

    void show(List<PeriodFigures> trend) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (PeriodFigures p : trend) {
            if (p.figures().nps() != null) {
                series.getData().add(new XYChart.Data<>(HealthViewModel.month(p), p.figures().nps()));
            }
        }
        ((CategoryAxis) getXAxis()).getCategories().setAll(trend.stream().map(HealthViewModel::month).toList());
        getData().setAll(List.of(series));
    }
}
