package dev.rapport.ui.health;

import dev.rapport.model.AttributeState;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A radar of one client's checklist: one spoke per item, the distance the mean score over the
 * last reviews (centre = not met, rim = met). Items never reviewed show as a hollow dot on the rim.
 */
final class Radar extends Canvas {
    // Primer's accent, border and muted text, light and dark (a canvas takes no stylesheet): the names keep 4.5:1 on the page
    private Color accent = Color.web("#0969da");
    private Color grid = Color.web("#d0d7de");
    private Color text = Color.web("#57606a");

    Radar(double size) {
        super(size, size);
        setId("client-radar");
        dev.rapport.ui.common.Spoken.name(this, "spoken.radar.name");
    }

    private List<AttributeState> drawn = List.of();

    /** The radar's attributes as a table, for a screen reader (FigureTable). */
    dev.rapport.ui.common.FigureTable.Figures figures() {
        List<List<String>> rows = drawn.stream().map(s -> List.of(s.item().name(),
                s.neverReviewed() ? dev.rapport.i18n.I18n.t("health.heat.never") : s.latest().label(),
                s.latestOn() == null ? "" : dev.rapport.ui.common.Formats.date(s.latestOn()),
                s.trend().stream().map(r -> r.label()).collect(java.util.stream.Collectors.joining(" → ")))).toList();
        return new dev.rapport.ui.common.FigureTable.Figures(dev.rapport.i18n.I18n.t("spoken.radar.name"),
                List.of(dev.rapport.i18n.I18n.t("spoken.radar.attribute"), dev.rapport.i18n.I18n.t("spoken.radar.latest"),
                        dev.rapport.i18n.I18n.t("spoken.radar.on"), dev.rapport.i18n.I18n.t("spoken.radar.trend")), rows);
    }

    void draw(List<AttributeState> states) {
        drawn = List.copyOf(states);
        boolean dark = dev.rapport.ui.settings.Theme.saved() == dev.rapport.ui.settings.Theme.DARK;
        accent = Color.web(dark ? "#58a6ff" : "#0969da");
        grid = Color.web(dark ? "#30363d" : "#d0d7de");
        text = Color.web(dark ? "#8b949e" : "#57606a");
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double cx = w / 2;
        double cy = getHeight() / 2;
        double r = w / 2 - 90;
        g.clearRect(0, 0, w, getHeight());
        int n = states.size();
        if (n < 3) {
            return;
        }
        g.setStroke(grid);
        g.setLineWidth(1);
        for (double ring : new double[] {0.5, 1.0}) {
            polygon(g, n, cx, cy, r * ring, i -> 1.0, false);
        }
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            g.setStroke(grid);
            g.strokeLine(cx, cy, cx + r * Math.cos(a), cy + r * Math.sin(a));
            double lx = cx + (r + 10) * Math.cos(a);
            g.setTextAlign(Math.abs(Math.cos(a)) < 0.2 ? TextAlignment.CENTER : Math.cos(a) > 0 ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.setFill(text);
            g.fillText(states.get(i).item().name(), lx, cy + (r + 12) * Math.sin(a));
        }
        g.setStroke(accent);
        g.setFill(accent.deriveColor(0, 1, 1, 0.18));
        g.setLineWidth(2);
        polygon(g, n, cx, cy, r, i -> value(states.get(i)), true);
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            AttributeState s = states.get(i);
            double v = s.score() == null ? 1.0 : value(s);
            double x = cx + r * v * Math.cos(a);
            double y = cy + r * v * Math.sin(a);
            if (s.score() == null) {
                g.setStroke(text);
                g.setLineWidth(1);
                g.strokeOval(x - 4, y - 4, 8, 8);
            } else {
                g.setFill(accent);
                g.fillOval(x - 3.5, y - 3.5, 7, 7);
            }
        }
    }

    private static double value(AttributeState s) {
        return s.score() == null ? 0 : s.score() / 2.0;
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static void polygon(GraphicsContext g, int n, double cx, double cy, double r,
                                java.util.function.IntToDoubleFunction value, boolean fill) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double a = angle(i, n);
            xs[i] = cx + r * value.applyAsDouble(i) * Math.cos(a);
            ys[i] = cy + r * value.applyAsDouble(i) * Math.sin(a);
        }
        if (fill) {
            g.fillPolygon(xs, ys, n);
        }
        g.strokePolygon(xs, ys, n);
    }
}
