package dev.rapport.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as inline SVG: vector, inert (no script, no link, nothing remote), drawn in
 * the app's palette and readable in black and white — each series has its own fill pattern (solid,
 * hatched, cross-hatched) shown in the legend, every bar has its number written over it, and target
 * lines are dashed and named. Each bar is a {@code <g id="CHART-SERIES-INDEX">} holding its number
 * as text, so the figures can be read back from the file.
 *
 * <p>The shapes are plain rectangles and lines (no {@code <pattern>}), so every SVG reader draws them
 * alike, the PDF renderer included.
 */
final class SvgChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 250;
    private static final int LEFT = 44;
    private static final int RIGHT = 12;
    private static final int TOP = 34;
    private static final int BOTTOM = 44;
    private static final int LEGEND_ROW = 17;
    private static final String TEXT = "#1f2328";
    private static final String MUTED = "#59636e";
    private static final String GRID = "#d0d7de";
    /** The app's palette (Primer): accent, success, warning; the third light with dark lines so it reads in grey. */
    private static final String[] FILL = {"#0969da", "#1a7f37", "#fff1c2"};
    private static final String[] LINE = {"#0969da", "#116329", "#7d4e00"};

    /** One series: its key (for ids), its name (legend), and per category a value (null: nothing to count) and the text written on it. */
    record Series(String key, String name, List<Double> values, List<String> labels) {
    }

    /** A dashed horizontal line at a value, named at its right end. */
    record Target(String label, double value) {
    }

    private SvgChart() {
    }

    /**
     * The chart. {@code categories} name the groups along the bottom, {@code notes} (same size, may
     * be blank) go under them in grey; the value axis runs from {@code min} to {@code max}, its tick
     * labels made by {@code tick}.
     */
    static String bars(String id, String title, List<String> categories, List<String> notes, List<Series> series,
                       List<Target> targets, double min, double max, java.util.function.DoubleFunction<String> tick) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" class=\"chart\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" font-family=\"").append(Pdf.FAMILY).append(", Arial, sans-serif\" font-size=\"11\">\n");
        b.append("<title>").append(Esc.html(title)).append("</title>\n");
        int rows = legend(b, series, targets);
        double plotTop = TOP + (rows - 1) * LEGEND_ROW;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - plotTop - BOTTOM;
        Scale y = new Scale(min, max, plotTop, plotTop + plotH);
        for (double t : ticks(min, max)) {
            double ty = y.at(t);
            b.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(n(ty)).append("\" x2=\"").append(WIDTH - RIGHT)
                    .append("\" y2=\"").append(n(ty)).append("\" stroke=\"").append(t == 0 ? MUTED : GRID).append("\" stroke-width=\"")
                    .append(t == 0 ? "1" : "0.6").append("\"/>\n");
            text(b, LEFT - 6, ty + 4, "end", MUTED, 10, tick.apply(t), null);
        }
        int groups = categories.size();
        double groupW = plotW / Math.max(1, groups);
        double barW = Math.min(56, groupW * 0.78 / Math.max(1, series.size()));
        double zero = y.at(Math.max(min, Math.min(0, max)));
        List<Double> lines = targets.stream().map(t -> y.at(Math.min(max, t.value()))).toList();
        for (int c = 0; c < groups; c++) {
            double groupX = LEFT + c * groupW + (groupW - barW * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Series se = series.get(s);
                Double v = se.values().get(c);
                double x = groupX + s * barW;
                b.append("<g id=\"").append(id).append('-').append(se.key()).append('-').append(c).append("\" class=\"bar\">");
                if (v == null) {
                    text(b, x + barW / 2, clearOf(lines, zero - 4), "middle", MUTED, 10, se.labels().get(c), "value");
                } else {
                    double top = Math.min(zero, y.at(v));
                    double h = Math.abs(y.at(v) - zero);
                    bar(b, s, x + 1, top, barW - 2, h);
                    double labelY = v >= 0 ? clearOf(lines, top - 4) : top + h + 12;
                    text(b, x + barW / 2, labelY, "middle", TEXT, 10, se.labels().get(c), "value");
                }
                b.append("</g>\n");
            }
            double mid = LEFT + c * groupW + groupW / 2;
            text(b, mid, HEIGHT - BOTTOM + 16, "middle", TEXT, 11, categories.get(c), null);
            if (!notes.get(c).isBlank()) {
                text(b, mid, HEIGHT - BOTTOM + 31, "middle", MUTED, 10, notes.get(c), null);
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            double ty = y.at(Math.min(max, targets.get(i).value()));
            targetLine(b, i, LEFT, ty, WIDTH - RIGHT);
        }
        b.append("</svg>");
        return b.toString();
    }

    /**
     * The series' swatches, then the targets' dashed lines, each with its name (so the lines need no
     * label over the bars); an entry that would run past the edge starts a new row. Returns the rows used.
     */
    private static int legend(StringBuilder b, List<Series> series, List<Target> targets) {
        double x = LEFT;
        int row = 0;
        for (int i = 0; i < series.size() + targets.size(); i++) {
            boolean isSeries = i < series.size();
            String name = isSeries ? series.get(i).name() : targets.get(i - series.size()).label();
            double width = (isSeries ? 21 : 27) + name.length() * 6.4;
            if (x > LEFT && x + width > WIDTH - RIGHT) {
                row++;
                x = LEFT;
            }
            double y = 18 + row * LEGEND_ROW;
            if (isSeries) {
                bar(b, i, x, y - 10, 16, 12);
                text(b, x + 21, y, "start", TEXT, 11, name, null);
            } else {
                targetLine(b, i - series.size(), x, y - 4, x + 22);
                text(b, x + 27, y, "start", "#a40e26", 11, name, "target");
            }
            x += width + 16;
        }
        return row + 1;
    }

    /** A target's line: red, dashed long for the first target and short for the second, so they differ in grey too. */
    private static void targetLine(StringBuilder b, int i, double x1, double y, double x2) {
        b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y)).append("\" stroke=\"#cf222e\" stroke-width=\"1.4\" stroke-dasharray=\"")
                .append(i % 2 == 0 ? "7 3" : "2 2").append("\"/>\n");
    }

    /** A bar in the series' fill and pattern: solid; white diagonal hatching; dark cross-hatching on light. */
    private static void bar(StringBuilder b, int s, double x, double y, double w, double h) {
        int k = s % FILL.length;
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"")
                .append(n(h)).append("\" fill=\"").append(FILL[k]).append("\" stroke=\"").append(LINE[k]).append("\" stroke-width=\"1\"/>");
        if (k == 1) {
            hatch(b, x, y, w, h, "#ffffff", 1.4, false);
        } else if (k == 2) {
            hatch(b, x, y, w, h, LINE[k], 0.8, false);
            hatch(b, x, y, w, h, LINE[k], 0.8, true);
        }
    }

    /** Parallel 45° lines every 5 units, cut to the rectangle (so no clip path is needed). */
    private static void hatch(StringBuilder b, double x, double y, double w, double h, String colour, double width, boolean mirrored) {
        if (w <= 0 || h <= 0) {
            return;
        }
        b.append("<path fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width).append("\" d=\"");
        for (double c = 5; c < w + h; c += 5) {
            // the line u + v = c in the rectangle's own axes (u rightwards, v upwards from the bottom)
            double u1 = Math.max(0, c - h);
            double v1 = c - u1;
            double u2 = Math.min(w, c);
            double v2 = c - u2;
            double x1 = mirrored ? x + w - u1 : x + u1;
            double x2 = mirrored ? x + w - u2 : x + u2;
            b.append('M').append(n(x1)).append(' ').append(n(y + h - v1)).append('L').append(n(x2)).append(' ').append(n(y + h - v2));
        }
        b.append("\"/>");
    }

    /**
     * A value's label moved up above any target line it would sit on (a short bar under a target), so
     * no dashed line runs through its number; labels clear of the lines stay where they are.
     */
    static double clearOf(List<Double> lines, double baseline) {
        double y = baseline;
        for (int pass = 0; pass < lines.size(); pass++) {
            for (double line : lines) {
                if (y > line - 2 && y - 10 < line + 2) {
                    y = line - 4;
                }
            }
        }
        return y;
    }

    private static void text(StringBuilder b, double x, double y, String anchor, String colour, int size, String text, String cls) {
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" fill=\"").append(colour).append("\" font-size=\"").append(size).append('"');
        if (cls != null) {
            b.append(" class=\"").append(cls).append('"');
        }
        b.append('>').append(Esc.html(text)).append("</text>");
    }

    /** About four round steps between min and max, zero among them when in range. */
    static List<Double> ticks(double min, double max) {
        double span = max - min;
        double raw = span / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(min / step) * step; t <= max + 1e-9; t += step) {
            out.add(Math.abs(t) < 1e-9 ? 0.0 : t);
        }
        return out;
    }

    /** The top of the value axis for values and targets: a round number a little above the largest. */
    static double niceMax(double largest) {
        if (largest <= 0) {
            return 1;
        }
        double raw = largest * 1.2;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private record Scale(double min, double max, double top, double bottom) {
        double at(double v) {
            return bottom - (v - min) / (max - min) * (bottom - top);
        }
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
