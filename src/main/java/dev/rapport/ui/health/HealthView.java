package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.ui.common.Refreshable;
import dev.rapport.ui.common.LeftOutNote;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.logic.HealthService;
import dev.rapport.logic.HealthService.HeatRow;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.ItemNeglect;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.Rating;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;
import dev.rapport.ui.common.Icons;

import java.util.EnumSet;
import java.util.Set;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Relationship health across the practice: investigate alerts, the question of the period and who
 * was asked, this quarter's satisfaction with answers by method side by side, the NPS trend, and
 * the heat map of clients × checklist items with the most neglected items.
 */
public final class HealthView extends ScrollPane implements Refreshable {
    private static final int TREND_MONTHS = 6;

    private final AppContext app;
    private final VBox alerts = new VBox(6);
    private final LeftOutNote leftOut = new LeftOutNote("health-left-out");
    private final VBox question = new VBox(8);
    private final Label nps = new Label();
    private final Label counts = new Label();
    private final Label satisfied = new Label();
    private final Label margin = new Label();
    private final Label loop = new Label();
    private final Label earlier = new Label();
    private final TableView<Map.Entry<SurveyMethod, SatisfactionFigures>> byMethod = new TableView<>();
    private final LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis(-125, 125, 25));
    private final HeatMap heatMap = new HeatMap();
    private final Label neglect = new Label();
    private final Label methodGap = new Label();
    private final Label satisfactionTitle = new Label();
    private final Label methodTitle = new Label();
    private final ComboBox<Choice> period = new ComboBox<>();

    /** The periods the figures can be shown for; alerts compare each with the one before it. */
    enum Choice {
        THIS_QUARTER("thisQuarter"), LAST_QUARTER("lastQuarter"), THIS_MONTH("thisMonth"), LAST_MONTH("lastMonth"),
        THIS_YEAR("thisYear");

        private final String key;

        Choice(String key) {
            this.key = key;
        }

        Period of(LocalDate today) {
            return switch (this) {
                case THIS_QUARTER -> Period.quarterOf(today);
                case LAST_QUARTER -> Period.quarterOf(today).previous();
                case THIS_MONTH -> Period.monthOf(today);
                case LAST_MONTH -> Period.monthOf(today).previous();
                case THIS_YEAR -> new Period(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
            };
        }

        @Override
        public String toString() {
            return I18n.t("health.period." + key);
        }

        /** The period inside a sentence: "Satisfaction, this quarter". */
        String inSentence() {
            return I18n.t("health.period." + key + ".inSentence");
        }
    }

    private record Snapshot(List<HealthAlert> alerts, Optional<SurveyQuestion> question, List<SurveyAnswer> asked,
                            Map<Long, String> names, SatisfactionFigures quarter, Map<SurveyMethod, SatisfactionFigures> byMethod,
                            List<PeriodFigures> trend, List<HeatRow> heat, List<ItemNeglect> neglect, int norm, Period period,
                            dev.rapport.logic.FollowUpService.Beside beside, int leftOut) {
    }

    public HealthView(AppContext app) {
        this.app = app;
        setId("health-view");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        VBox page = new VBox(20, header(), leftOut, alerts, new javafx.scene.layout.FlowPane(20, 20, questionCard(), satisfactionCard()),
                new javafx.scene.layout.FlowPane(20, 20, trendCard(), methodCard()), heatCard());
        page.getStyleClass().add("page");
        page.setPadding(new Insets(24));
        setContent(page);
        reload();
    }

    private javafx.scene.layout.FlowPane header() {
        Label title = new Label(I18n.t("health.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button review = new Button(I18n.t("health.reviewClient"), Icons.of(Feather.CHECK_SQUARE));
        review.setId("health-review");
        review.getStyleClass().add(Styles.ACCENT);
        review.setOnAction(e -> ReviewSheet.open(app, null, null, r -> reload()));
        Button ask = new Button(I18n.t("health.question.button"), Icons.of(Feather.HELP_CIRCLE));
        ask.setId("health-set-question");
        ask.setOnAction(e -> QuestionSheet.open(app, q -> reload()));
        Button checklist = new Button(I18n.t("health.checklist.button"), Icons.of(Feather.SLIDERS));
        checklist.setId("health-checklist");
        checklist.setOnAction(e -> ChecklistSheet.open(app, this::reload));
        period.setId("health-period");
        dev.rapport.ui.common.Spoken.name(period, "spoken.health.period");
        period.getItems().setAll(Choice.values());
        period.setValue(Choice.THIS_QUARTER);
        period.valueProperty().addListener((o, a, b) -> reload());
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(10, 8, title, period, spacer, checklist, ask, review); // wraps at large text
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox card(String title, javafx.scene.Node... body) {
        return card(new Label(title), body);
    }

    private static VBox card(Label t, javafx.scene.Node... body) {
        t.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, t);
        box.getChildren().addAll(body);
        box.getStyleClass().add("header-card");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private VBox questionCard() {
        question.setId("health-question");
        VBox c = card(I18n.t("health.question.title"), question);
        c.setPrefWidth(dev.rapport.ui.common.TextScale.em(37));
        return c;
    }

    private VBox satisfactionCard() {
        nps.setId("health-nps");
        nps.getStyleClass().addAll(Styles.TITLE_1, "figure");
        counts.setId("health-nps-counts");
        counts.getStyleClass().add(Styles.TEXT_MUTED);
        satisfied.setId("health-satisfied");
        satisfied.setWrapText(true);
        Label npsCaption = new Label(I18n.t("health.nps"));
        npsCaption.setId("health-nps-caption");
        npsCaption.getStyleClass().add(Styles.TEXT_MUTED);
        margin.setId("health-nps-margin");
        margin.getStyleClass().add(Styles.TEXT_MUTED);
        loop.setId("health-loop");
        earlier.setId("health-earlier");
        earlier.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        earlier.setWrapText(true);
        VBox c = card(satisfactionTitle, new HBox(12, nps, new VBox(2, npsCaption, counts, margin)), satisfied, loop, earlier);
        c.setPrefWidth(dev.rapport.ui.common.TextScale.em(30));
        return c;
    }

    private VBox trendCard() {
        trend.setId("health-trend");
        trend.setAnimated(false);
        trend.setLegendVisible(false);
        trend.setPrefHeight(240);
        trend.setMinHeight(220);
        NumberAxis y = (NumberAxis) trend.getYAxis();
        y.setLabel(I18n.t("health.nps"));
        y.setMinorTickVisible(false);
        // Room above 100 and below −100 so a point there is whole; labels only every 50.
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
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
        trend.setHorizontalGridLinesVisible(false);
        VBox c = card(I18n.t("health.trend.title"), trend);
        c.setPrefWidth(dev.rapport.ui.common.TextScale.em(37));
        return c;
    }

    private VBox methodCard() {
        byMethod.setId("health-by-method");
        byMethod.getStyleClass().add(Styles.DENSE);
        byMethod.setPrefHeight(186);
        TableColumn<Map.Entry<SurveyMethod, SatisfactionFigures>, String> method = new TableColumn<>(I18n.t("health.method.col.method"));
        method.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().getKey().label()));
        method.setMinWidth(110);
        byMethod.getColumns().add(method);
        byMethod.getColumns().add(number(I18n.t("health.method.col.answers"), f -> Integer.toString(f.answers())));
        byMethod.getColumns().add(number(I18n.t("health.nps"), f -> (f.nps() == null ? Figures.DASH : f.nps().toString())
                + plusMinus(dev.rapport.logic.Satisfaction.npsMargin(f))));
        byMethod.getColumns().add(number(I18n.t("health.method.col.split"), f -> f.recommendAnswers() == 0 ? Figures.DASH
                : f.promoters() + " / " + f.passives() + " / " + f.detractors()));
        byMethod.getColumns().add(number(I18n.t("health.method.col.satisfied"), f -> FigureText.percent(f.satisfiedShare())
                + plusMinus(dev.rapport.logic.Satisfaction.shareMargin(f))));
        dev.rapport.ui.common.ColumnFit.fit(byMethod, method);
        byMethod.setPlaceholder(new Label(I18n.t("health.method.empty")));
        Label hint = new Label(I18n.t("health.method.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        methodGap.setId("health-method-gap");
        methodGap.setWrapText(true);
        VBox c = card(methodTitle, byMethod, methodGap, hint);
        c.setPrefWidth(dev.rapport.ui.common.TextScale.em(30));
        return c;
    }

    private static TableColumn<Map.Entry<SurveyMethod, SatisfactionFigures>, String> number(String title,
            java.util.function.Function<SatisfactionFigures, String> value) {
        TableColumn<Map.Entry<SurveyMethod, SatisfactionFigures>, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().getValue())));
        col.getStyleClass().add("numeric");
        return col;
    }

    private VBox heatCard() {
        neglect.setId("health-neglect");
        neglect.setWrapText(true);
        HBox legend = new HBox(14);
        for (Rating r : new Rating[] {Rating.MET, Rating.PARTLY, Rating.NOT_MET, Rating.NOT_APPLICABLE, null}) {
            Label l = new Label(r == null ? I18n.t("health.heat.never") : r.label(), HeatMap.legendSwatch(r));
            l.getStyleClass().add(Styles.TEXT_SMALL);
            legend.getChildren().add(l);
        }
        legend.getChildren().add(dev.rapport.ui.common.FigureTable.button(app.sheets(), "health-heat-table", heatMap::figures));
        ScrollPane scroll = new ScrollPane(heatMap);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToHeight(true);
        VBox c = card(I18n.t("health.heat.title"), legend, scroll, neglect);
        c.getChildren().get(0).setId("health-heat-title");
        return c;
    }

    @Override
    public Set<Kind> shows() {
        return EnumSet.of(Kind.HEALTH, Kind.CLIENTS, Kind.SETTINGS);
    }

    @Override
    public void reload() {
        HealthService health = app.session().health();
        LocalDate today = LocalDate.now(app.session().clock());
        Choice choice = period.getValue();
        app.background().run(() -> {
            Period quarter = choice.of(today);
            Optional<SurveyQuestion> q = health.activeQuestion();
            List<SurveyAnswer> asked = q.map(x -> health.answersTo(x.id())).orElse(List.of());
            Map<Long, String> names = new HashMap<>();
            for (Client c : app.session().clients().all()) {
                names.put(-c.id(), c.name());
                for (Contact p : app.session().contacts().forClient(c.id())) {
                    names.put(p.id(), p.name());
                }
            }
            List<HeatRow> heat = health.heatMap();
            return new Snapshot(health.alerts(quarter), q, asked, names, health.figures(null, quarter), health.byMethod(null, quarter),
                    health.trend(null, false, TREND_MONTHS), heat, HealthService.neglect(heat), health.norm(), quarter,
                    app.session().followUps().beside(null, quarter, 2), app.session().leftOut());
        }, this::show, t -> app.status().say(t.getMessage()));
    }

    private void show(Snapshot s) {
        leftOut.show(s.leftOut());
        alerts.getChildren().clear();
        alerts.setId("health-alerts");
        for (HealthAlert a : s.alerts()) {
            Label l = new Label(a.message(), Icons.of(Feather.ALERT_TRIANGLE));
            l.getStyleClass().addAll(Styles.DANGER, "alert-line");
            l.setWrapText(true);
            if (a.clientId() != null) {
                l.setCursor(javafx.scene.Cursor.HAND);
                l.setTooltip(new javafx.scene.control.Tooltip(I18n.t("health.alert.open", a.clientName())));
                l.setOnMouseClicked(e -> app.navigator().showClient(a.clientId()));
            }
            alerts.getChildren().add(l);
        }
        alerts.setVisible(!s.alerts().isEmpty());
        alerts.setManaged(!s.alerts().isEmpty());
        showQuestion(s);
        SatisfactionFigures f = s.quarter();
        String when = period.getValue().inSentence();
        satisfactionTitle.setText(I18n.t("health.satisfaction.title", when));
        methodTitle.setText(I18n.t("health.method.title", when));
        methodGap.setText(gap(s.byMethod()));
        nps.setText(f.nps() == null ? Figures.DASH : f.nps().toString());
        counts.setText(f.recommendAnswers() == 0 ? I18n.t("health.nps.noAnswers")
                : I18n.t("health.nps.counts", f.promoters(), f.passives(), f.detractors()));
        satisfied.setText(f.answers() == 0 ? I18n.t("health.satisfied.none", Figures.DASH)
                : I18n.t("health.satisfied.some", FigureText.percent(f.satisfiedShare()), f.answers(),
                        FigureText.percent((double) s.norm())) + shareMargin(f));
        Double m = dev.rapport.logic.Satisfaction.npsMargin(f);
        margin.setText(m == null ? I18n.t("health.nps.noMargin", f.recommendAnswers())
                : I18n.t("health.nps.margin", f.recommendAnswers(), String.valueOf(Figures.roundToLong(m))));
        loop.setText(I18n.t("health.loop", s.beside().recovery().text()));
        earlier.setText(s.beside().earlierText());
        byMethod.getItems().setAll(s.byMethod().entrySet().stream().toList());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (PeriodFigures p : s.trend()) {
            String month = month(p);
            if (p.figures().nps() != null) {
                series.getData().add(new XYChart.Data<>(month, p.figures().nps()));
            } else {
                series.getData().add(new XYChart.Data<>(month, null));
            }
        }
        series.getData().removeIf(d -> d.getYValue() == null);
        ((CategoryAxis) trend.getXAxis()).getCategories().setAll(s.trend().stream().map(HealthView::month).toList());
        trend.getData().setAll(List.of(series));
        heatMap.show(s.heat(), id -> ReviewSheet.open(app, id, null, r -> reload()));
        List<ItemNeglect> top = s.neglect().stream().filter(n -> n.neglected() > 0).limit(3).toList();
        neglect.setText(top.isEmpty() ? I18n.t("health.neglect.none")
                : I18n.t("health.neglect.most", top.stream().map(n -> I18n.t("health.neglect.item", n.item().name(), n.weak(),
                n.neverReviewed(), n.clients())).collect(Collectors.joining(" · "))));
    }

    /** "Nov 26": the month's short name in the language and the year's last two digits. */
    private static String month(PeriodFigures p) {
        return p.period().from().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, I18n.messages().locale()) + " "
                + String.format("%02d", p.period().from().getYear() % 100);
    }

    /** Oral answers read higher than written ones (DOMAIN §5): the difference in satisfied share, when both exist. */
    private static String plusMinus(Double margin) {
        return margin == null ? "" : " ±" + Figures.roundToLong(margin);
    }

    private static String shareMargin(SatisfactionFigures f) {
        Double m = dev.rapport.logic.Satisfaction.shareMargin(f);
        return m == null ? "" : " · " + I18n.t("health.points", "±" + Figures.roundToLong(m));
    }

    static String gap(Map<SurveyMethod, SatisfactionFigures> byMethod) {
        SatisfactionFigures oral = byMethod.get(SurveyMethod.ORAL);
        SatisfactionFigures written = byMethod.get(SurveyMethod.WRITTEN);
        if (oral == null || written == null || oral.answers() == 0 || written.answers() == 0) {
            return I18n.t("health.method.gapNone", Figures.DASH);
        }
        long points = Figures.roundToLong(oral.satisfiedShare() - written.satisfiedShare());
        return I18n.t("health.method.gap", FigureText.percent(oral.satisfiedShare()), FigureText.percent(written.satisfiedShare()),
                (points > 0 ? "+" : "") + points);
    }

    private void showQuestion(Snapshot s) {
        question.getChildren().clear();
        if (s.question().isEmpty()) {
            Label none = new Label(I18n.t("health.question.none"));
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            question.getChildren().add(none);
            return;
        }
        SurveyQuestion q = s.question().get();
        Label text = new Label("“" + q.text() + "”");
        text.setId("health-question-text");
        text.setWrapText(true);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        Label meta = new Label(q.scale().label() + " · " + I18n.t("health.question.wording", q.phrasing().label().toLowerCase(
                I18n.messages().locale())) + " · " + Formats.date(q.startsOn()) + " – " + Formats.date(q.endsOn()));
        meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        meta.setWrapText(true);
        Label asked = new Label(I18n.plural("health.question.asked", s.asked().size()));
        ListView<String> who = new ListView<>();
        who.setId("health-asked");
        who.setPrefHeight(130);
        List<SurveyAnswer> newest = new java.util.ArrayList<>(s.asked());
        java.util.Collections.reverse(newest);
        who.getItems().setAll(newest.stream().map(a -> Formats.date(a.answeredOn()) + "  ·  "
                + (a.contactId() == null ? I18n.t("health.question.someone")
                : s.names().getOrDefault(a.contactId(), I18n.t("health.question.someone"))) + ", "
                + s.names().getOrDefault(-a.clientId(), "") + "  ·  " + a.scale().valueLabel(a.value())).toList());
        who.setPlaceholder(new Label(I18n.t("health.question.noneAsked")));
        question.getChildren().addAll(text, meta, asked, who);
    }
}
