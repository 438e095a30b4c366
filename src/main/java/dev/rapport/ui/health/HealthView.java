package dev.rapport.ui.health;

import atlantafx.base.theme.Styles;
import dev.rapport.i18n.I18n;
import dev.rapport.logic.HealthReport;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.Rating;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Icons;
import dev.rapport.ui.common.LeftOutNote;
import dev.rapport.ui.common.Refreshable;

import java.util.EnumSet;
import java.util.Set;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * Relationship health across the practice: investigate alerts, the question of the period and who
 * was asked, the period's satisfaction with answers by method side by side, the NPS trend, and
 * the heat map of clients × checklist items with the most neglected items. What it shows comes
 * from {@link HealthReport} through {@link HealthViewModel}.
 */
public final class HealthView extends ScrollPane implements Refreshable {
    private final AppContext app;
    private final HealthViewModel model;
    private final VBox alerts = new VBox(6);
    private final LeftOutNote leftOut = new LeftOutNote("health-left-out");
    private final QuestionCard question = new QuestionCard();
    private final MethodTable byMethod = new MethodTable();
    private final NpsTrendChart trend = new NpsTrendChart();
    private final HeatMap heatMap = new HeatMap();

    public HealthView(AppContext app) {
        this.app = app;
        this.model = new HealthViewModel(app.session(), app.background(), app.navigator());
        setId("health-view");
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        alerts.setId("health-alerts");
        VBox page = new VBox(20, header(), leftOut, alerts, new javafx.scene.layout.FlowPane(20, 20, card(I18n.t("health.question.title"), dev.rapport.ui.common.TextScale.em(37), question),
                satisfactionCard()), new javafx.scene.layout.FlowPane(20, 20, card(I18n.t("health.trend.title"), dev.rapport.ui.common.TextScale.em(37), trend), methodCard()), heatCard());
        page.getStyleClass().add("page");
        page.setPadding(new Insets(24));
        setContent(page);
        model.saidProperty().addListener((o, was, said) -> said.tell(app.status()));
        model.reportProperty().addListener((o, was, report) -> show(report));
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
        review.setOnAction(e -> ReviewSheet.open(app, null, null, r -> { }));
        Button ask = new Button(I18n.t("health.question.button"), Icons.of(Feather.HELP_CIRCLE));
        ask.setId("health-set-question");
        ask.setOnAction(e -> QuestionSheet.open(app, q -> { }));
        Button checklist = new Button(I18n.t("health.checklist.button"), Icons.of(Feather.SLIDERS));
        checklist.setId("health-checklist");
        checklist.setOnAction(e -> ChecklistSheet.open(app, () -> { }));
        ComboBox<HealthViewModel.Choice> period = new ComboBox<>();
        period.setId("health-period");
        dev.rapport.ui.common.Spoken.name(period, "spoken.health.period");
        period.getItems().setAll(HealthViewModel.Choice.values());
        period.valueProperty().bindBidirectional(model.periodProperty());
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(10, 8, title, period, spacer, checklist, ask, review); // wraps at large text
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static VBox card(String title, double width, Node... body) {
        VBox c = card(new Label(title), body);
        c.setPrefWidth(width);
        return c;
    }

    private static VBox card(Label t, Node... body) {
        t.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, t);
        box.getChildren().addAll(body);
        box.getStyleClass().add("header-card");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label bound(String id, ObservableValue<String> text, String... styles) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        l.getStyleClass().addAll(styles);
        return l;
    }

    private static Label wrapped(Label l) {
        l.setWrapText(true);
        return l;
    }

    private VBox satisfactionCard() {
        Label npsCaption = new Label(I18n.t("health.nps"));
        npsCaption.setId("health-nps-caption");
        npsCaption.getStyleClass().add(Styles.TEXT_MUTED);
        Label earlier = bound("health-earlier", model.earlierProperty(), Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        earlier.setWrapText(true);
        VBox c = card(bound(null, model.satisfactionTitleProperty()), new HBox(12, bound("health-nps", model.npsProperty(), Styles.TITLE_1,
                "figure"), new VBox(2, npsCaption, bound("health-nps-counts", model.countsProperty(), Styles.TEXT_MUTED),
                bound("health-nps-margin", model.marginProperty(), Styles.TEXT_MUTED))), wrapped(bound("health-satisfied", model.satisfiedProperty())),
                bound("health-loop", model.loopProperty()), earlier);
        c.setPrefWidth(dev.rapport.ui.common.TextScale.em(30));
        return c;
    }

    private VBox methodCard() {
        Label gap = bound("health-method-gap", model.methodGapProperty());
        gap.setWrapText(true);
        Label hint = new Label(I18n.t("health.method.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox c = card(bound(null, model.methodTitleProperty()), byMethod, gap, hint);
        c.setPrefWidth(dev.rapport.ui.common.TextScale.em(30));
        return c;
    }

    private VBox heatCard() {
        Label neglect = bound("health-neglect", model.neglectProperty());
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
        VBox c = card(new Label(I18n.t("health.heat.title")), legend, scroll, neglect);
        c.getChildren().get(0).setId("health-heat-title");
        return c;
    }

    @Override
    public Set<Kind> shows() {
        return EnumSet.of(Kind.HEALTH, Kind.CLIENTS, Kind.SETTINGS);
    }

    @Override
    public void reload() {
        model.reload();
    }

    private void show(HealthReport r) {
        leftOut.show(r.practice().leftOut());
        alerts.getChildren().clear();
        for (HealthAlert a : r.alerts()) {
            Label l = new Label(a.message(), Icons.of(Feather.ALERT_TRIANGLE));
            l.getStyleClass().addAll(Styles.DANGER, "alert-line");
            l.setWrapText(true);
            if (a.clientId() != null) {
                l.setCursor(Cursor.HAND);
                l.setTooltip(new Tooltip(I18n.t("health.alert.open", a.clientName())));
                l.setOnMouseClicked(e -> model.openClient(a.clientId()));
            }
            alerts.getChildren().add(l);
        }
        alerts.setVisible(!r.alerts().isEmpty());
        alerts.setManaged(!r.alerts().isEmpty());
        question.show(r.practice());
        byMethod.getItems().setAll(r.byMethod().entrySet().stream().toList());
        trend.show(r.trend());
        heatMap.show(r.practice().heat(), id -> ReviewSheet.open(app, id, null, saved -> { }));
    }
}
