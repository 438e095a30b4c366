package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.logic.FollowUpService;
import dev.rapport.logic.HealthService;
import dev.rapport.logic.Satisfaction;
import dev.rapport.model.AttributeState;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.Rating;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** One client's health: satisfaction this quarter, the attributes weakest first with their trend, a radar and the NPS by quarter. */
public final class ClientHealthPane extends ScrollPane {
    private final AppContext app;
    private final long clientId;
    private final Label figures = new Label();
    private final GridPane states = new GridPane();
    private final Label never = new Label();
    private final Radar radar = new Radar(420);
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis(-100, 100, 50));

    private record Loaded(List<AttributeState> states, SatisfactionFigures quarter, List<PeriodFigures> trend) {
    }

    public ClientHealthPane(AppContext app, long clientId) {
        this.app = app;
        this.clientId = clientId;
        setId("client-health");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        figures.setId("client-satisfaction");
        figures.setWrapText(true);
        Button review = new Button(I18n.t("health.client.reviewNow"), Icons.of(Feather.CHECK_SQUARE));
        review.setId("client-review");
        review.setMinWidth(Region.USE_PREF_SIZE);
        review.setOnAction(e -> ReviewSheet.open(app, clientId, null, r -> reload()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, figures, spacer, review);
        top.setAlignment(Pos.CENTER_LEFT);
        states.setId("client-attributes");
        states.setHgap(14);
        states.setVgap(6);
        never.setId("client-never-reviewed");
        never.setWrapText(true);
        never.getStyleClass().add(Styles.TEXT_MUTED);
        trend.setAnimated(false);
        trend.setLegendVisible(false);
        trend.setPrefHeight(200);
        trend.setPrefWidth(380);
        Label weakest = new Label(I18n.t("health.client.attributes"));
        weakest.getStyleClass().add(Styles.TITLE_4);
        Label npsTitle = new Label(I18n.t("health.client.npsByQuarter"));
        npsTitle.getStyleClass().add(Styles.TITLE_4);
        VBox left = new VBox(10, weakest, states, never);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox right = new VBox(10, radar, dev.rapport.ui.common.FigureTable.button(app.sheets(), "client-radar-table", radar::figures), npsTitle, trend);
        VBox page = new VBox(16, top, new javafx.scene.layout.FlowPane(24, 16, left, right));
        page.setPadding(new Insets(12, 4, 12, 4));
        setContent(page);
        reload();
    }

    public void reload() {
        HealthService health = app.session().health();
        LocalDate today = LocalDate.now(app.session().clock());
        app.background().run(() -> new Loaded(health.attributeStates(clientId), health.figures(clientId, Period.quarterOf(today)),
                health.trend(clientId, true, 4)), this::show, t -> app.status().say(t.getMessage()));
    }

    private static String margin(Double m) {
        return m == null ? "" : " ±" + Figures.roundToLong(m);
    }

    private void show(Loaded d) {
        SatisfactionFigures f = d.quarter();
        figures.setText(f.answers() == 0 ? I18n.t("health.client.noAnswers", Figures.DASH)
                : I18n.t("health.client.quarter", (f.nps() == null ? Figures.DASH : f.nps().toString()) + FigureText.margin(Satisfaction.npsMargin(f)),
                f.promoters(), f.passives(), f.detractors(), f.recommendAnswers(),
                FigureText.percent(f.satisfiedShare()) + FigureText.margin(Satisfaction.shareMargin(f)), f.answers()));
        states.getChildren().clear();
        int row = 0;
        for (AttributeState s : d.states()) {
            if (s.neverReviewed()) {
                continue;
            }
            Label name = new Label(s.item().name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label latest = new Label(s.latest().label() + " · " + Formats.date(s.latestOn()));
            latest.getStyleClass().add(Styles.TEXT_MUTED);
            HBox chips = new HBox(3);
            for (Rating r : s.trend()) {
                chips.getChildren().add(HeatMap.legendSwatch(r));
            }
            chips.setAlignment(Pos.CENTER_LEFT);
            Integer dir = s.direction();
            Label arrow = new Label(dir == null ? "" : dir > 0 ? I18n.t("health.client.better") : dir < 0 ? I18n.t("health.client.worse")
                    : I18n.t("health.client.steady"));
            arrow.getStyleClass().addAll(Styles.TEXT_SMALL, dir != null && dir < 0 ? Styles.DANGER : Styles.TEXT_MUTED);
            states.addRow(row++, name, chips, latest, arrow);
        }
        List<String> neverNames = d.states().stream().filter(AttributeState::neverReviewed)
                .sorted(Comparator.comparingInt(s -> s.item().position())).map(s -> s.item().name()).collect(Collectors.toList());
        never.setText(neverNames.isEmpty() ? "" : I18n.t("health.client.neverReviewed", String.join(", ", neverNames)));
        radar.draw(d.states().stream().sorted(Comparator.comparingInt(s -> s.item().position())).toList());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        ((CategoryAxis) trend.getXAxis()).getCategories().setAll(d.trend().stream().map(ClientHealthPane::quarter).toList());
        for (PeriodFigures p : d.trend()) {
            if (p.figures().nps() != null) {
                series.getData().add(new XYChart.Data<>(quarter(p), p.figures().nps()));
            }
        }
        trend.getData().setAll(List.of(series));
    }

    private static String quarter(PeriodFigures p) {
        return FollowUpService.periodName(p.period());
    }
}
