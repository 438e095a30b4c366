package dev.rapport.export;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.Messages;
import dev.rapport.logic.ClientReview;
import dev.rapport.logic.ClientSummary;
import dev.rapport.model.ClientAsk;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Period;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.SatisfactionFigures;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The client review (issue 21) as Markdown, inert self-contained HTML with inline SVG charts, and
 * PDF (the HTML, charts drawn as vectors). All three come from one outline of numbered sections, so
 * they say the same thing in the same order; a chart becomes a table in Markdown. The period's own
 * lines (outcomes, promises, problems) are the client summary's, written by its outline.
 */
public final class ClientReviewRenderer {
    private ClientReviewRenderer() {
    }

    /** A numbered section: its title and what it holds, in order. */
    record Section(String title, List<Block> blocks) {
    }

    sealed interface Block permits Para, Items, Chart {
    }

    /** A paragraph; muted for "nothing here" and figure lines. */
    record Para(String text, boolean muted) implements Block {
    }

    /** Numbered items, each a heading and detail lines (the summary's shape). */
    record Items(List<SummaryRenderer.Item> items) implements Block {
    }

    /**
     * A chart: SVG in HTML and PDF, a table in Markdown. {@code noteHeader} heads the notes column
     * of the table (the counts under each group).
     */
    record Chart(String id, String title, String categoryHeader, List<String> categories, String noteHeader, List<Integer> counts,
                 List<String> notes, List<SvgChart.Series> series, List<SvgChart.Target> targets, double min, double max,
                 java.util.function.DoubleFunction<String> tick) implements Block {
        String svg() {
            return SvgChart.bars(id, title, categories, notes, series, targets, min, max, tick);
        }
    }

    public static byte[] render(ClientReview r, SummaryRenderer.Format format, Messages language) {
        return ClientDocumentRenderer.render(format, () -> markdown(r, language), () -> html(r, language));
    }

    /** The review's PDF pages as pictures {@code pixelWidth} wide, for the preview: the same outline as the files. */
    public static List<java.awt.image.BufferedImage> pages(ClientReview r, Messages language, int pixelWidth) {
        return ClientDocumentRenderer.pages(html(r, language), pixelWidth);
    }

    /** A file name for the review: client and period, safe on every system; the dates stay ISO so files sort by period. */
    public static String fileName(ClientReview r, SummaryRenderer.Format format, Messages language) {
        return ClientDocumentRenderer.fileName(language, "review.fileName", r.clientName(), r.period(), format);
    }

    static String title(ClientReview r, ReportFormat f) {
        return f.t("review.title", r.clientName());
    }

    static String subtitle(ClientReview r, ReportFormat f) {
        return ClientDocumentRenderer.subtitle(f, r.period(), r.preparedOn());
    }

    static List<Section> outline(ClientReview r, ReportFormat f) {
        List<SummaryRenderer.Section> summary = SummaryRenderer.outline(r.summary(), f);
        List<Section> out = new ArrayList<>();
        out.add(new Section(f.t("review.headline"), List.of(r.headline().isBlank()
                ? new Para(f.t("review.headline.none"), true) : new Para(r.headline(), false))));
        out.add(new Section(f.t("review.outcomes"), items(summary.get(0).items(), f.t("review.outcomes.none"))));
        out.add(promises(r, f, summary.get(1)));
        out.add(problems(r, f, summary.get(2)));
        out.add(requests(r, f));
        out.add(satisfaction(r, f));
        out.add(risks(r, f));
        out.add(asks(r, f));
        out.add(dueNext(r, f));
        return out;
    }

    private static List<Block> items(List<SummaryRenderer.Item> items, String none) {
        return items.isEmpty() ? List.of(new Para(none, true)) : List.of(new Items(items));
    }

    private static Section promises(ClientReview r, ReportFormat f, SummaryRenderer.Section lines) {
        List<Block> blocks = new ArrayList<>();
        LedgerFigures.Promises now = r.current().ledger().promises();
        long made = r.summary().promises().stream().filter(p -> r.period().contains(p.madeOn())).count();
        blocks.add(new Para(f.t("review.promises.figures", Long.toString(made), Long.toString(now.decided()),
                f.percent(now.keptPercent()), f.percent(now.onTimePercent()), f.percent(now.exceededPercent())), true));
        List<Integer> counts = r.trend().stream().map(p -> p.ledger().promises().decided()).toList();
        blocks.add(new Chart("chart-promises", f.t("review.chart.promises"), f.t("review.table.period"), periodNames(r, f),
                f.t("review.table.decided"), counts, notes(counts, f), List.of(
                percentSeries("kept", f.t("review.series.kept"), r, f, p -> p.ledger().promises().keptPercent()),
                percentSeries("onTime", f.t("review.series.onTime"), r, f, p -> p.ledger().promises().onTimePercent()),
                percentSeries("exceeded", f.t("review.series.exceeded"), r, f, p -> p.ledger().promises().exceededPercent())),
                List.of(), 0, 100, t -> f.percent(t)));
        blocks.addAll(items(lines.items(), f.t("summary.promises.none")));
        return new Section(f.t("review.promises"), blocks);
    }

    private static Section problems(ClientReview r, ReportFormat f, SummaryRenderer.Section lines) {
        LedgerFigures.Problems now = r.current().ledger().problems();
        long raised = r.summary().problems().stream().filter(p -> r.period().contains(p.raisedOn())).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para(f.t("review.problems.figures", Long.toString(raised), Integer.toString(now.resolved()),
                f.number(now.medianDaysToResolve()), f.percent(now.onTargetPercent())), true));
        List<SummaryRenderer.Item> items = new ArrayList<>();
        for (int i = 0; i < lines.items().size(); i++) {
            SummaryRenderer.Item item = lines.items().get(i);
            ClientSummary.ProblemLine p = r.summary().problems().get(i);
            if (p.state() == ProblemStatus.RESOLVED && p.resolvedOn() != null) {
                List<String> more = new ArrayList<>(item.lines());
                more.add(f.t("review.problem.days", Long.toString(ChronoUnit.DAYS.between(p.raisedOn(), p.resolvedOn()))));
                item = new SummaryRenderer.Item(item.heading(), more);
            }
            items.add(item);
        }
        blocks.addAll(items(items, f.t("summary.problems.none")));
        return new Section(f.t("review.problems"), blocks);
    }

    private static Section requests(ClientReview r, ReportFormat f) {
        LedgerFigures.Requests now = r.current().ledger().requests();
        List<Block> blocks = new ArrayList<>();
        String ack = f.hours((double) r.targets().acknowledgeHours());
        String answer = f.hours((double) r.targets().answerHours());
        blocks.add(new Para(f.t("review.requests.figures", Integer.toString(now.requests()), f.hours(now.medianHoursToAcknowledge()),
                ack, f.hours(now.medianHoursToAnswer()), answer, f.percent(now.acknowledgedWithinTargetPercent()),
                f.percent(now.answeredWithinTargetPercent())), true));
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Double> acks = new ArrayList<>();
        List<Double> answers = new ArrayList<>();
        double largest = Math.max(r.targets().acknowledgeHours(), r.targets().answerHours());
        for (ClientReview.MonthFigures m : r.months()) {
            names.add(periodName(m.month(), f));
            counts.add(m.requests().requests());
            acks.add(oneDecimal(m.requests().medianHoursToAcknowledge()));
            answers.add(oneDecimal(m.requests().medianHoursToAnswer()));
            largest = Math.max(largest, Math.max(zeroIfNull(m.requests().medianHoursToAcknowledge()),
                    zeroIfNull(m.requests().medianHoursToAnswer())));
        }
        double max = SvgChart.niceMax(largest);
        blocks.add(new Chart("chart-requests", f.t("review.chart.requests"), f.t("review.table.month"), names,
                f.t("review.table.requests"), counts, notes(counts, f), List.of(
                new SvgChart.Series("acknowledge", f.t("review.series.acknowledge"), acks, acks.stream().map(f::hours).toList()),
                new SvgChart.Series("answer", f.t("review.series.answer"), answers, answers.stream().map(f::hours).toList())),
                List.of(new SvgChart.Target(f.t("review.target.acknowledge", ack), r.targets().acknowledgeHours()),
                        new SvgChart.Target(f.t("review.target.answer", answer), r.targets().answerHours())),
                0, max, t -> f.t("summary.format.hours", wholeOrOne(t, f))));
        return new Section(f.t("review.requests"), blocks);
    }

    private static Section satisfaction(ClientReview r, ReportFormat f) {
        List<Block> blocks = new ArrayList<>();
        ClientReview.PeriodFigures now = r.current();
        SatisfactionFigures s = now.satisfaction();
        blocks.add(new Para(s.answers() == 0 ? f.t("review.satisfaction.none") : f.t("review.satisfaction.figures",
                nps(s.nps()), margin(now.npsMargin()), Integer.toString(s.recommendAnswers()), Integer.toString(s.promoters()),
                Integer.toString(s.passives()), Integer.toString(s.detractors()), f.percent(s.satisfiedShare()),
                margin(now.shareMargin()), Integer.toString(s.answers())), true));
        boolean negative = r.trend().stream().anyMatch(p -> p.satisfaction().nps() != null && p.satisfaction().nps() < 0);
        List<Integer> counts = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        List<String> shareLabels = new ArrayList<>();
        List<Double> npsValues = new ArrayList<>();
        List<String> npsLabels = new ArrayList<>();
        for (ClientReview.PeriodFigures p : r.trend()) {
            SatisfactionFigures x = p.satisfaction();
            counts.add(x.answers());
            shares.add(dev.rapport.logic.Figures.percentValue(x.satisfiedShare()));
            shareLabels.add(f.percent(x.satisfiedShare()) + margin(p.shareMargin()));
            npsValues.add(x.nps() == null ? null : x.nps().doubleValue());
            npsLabels.add(nps(x.nps()) + margin(p.npsMargin()));
        }
        blocks.add(new Chart("chart-satisfaction", f.t("review.chart.satisfaction"), f.t("review.table.period"), periodNames(r, f),
                f.t("review.table.answers"), counts, notes(counts, f), List.of(
                new SvgChart.Series("satisfied", f.t("review.series.satisfied"), shares, shareLabels),
                new SvgChart.Series("nps", f.t("review.series.nps"), npsValues, npsLabels)),
                List.of(), negative ? -100 : 0, 100, t -> Long.toString(Math.round(t))));
        ClientReview.Loop loop = r.loop();
        blocks.add(new Para(f.t("review.loop", Integer.toString(loop.unhappy()), Integer.toString(loop.followedUp()),
                Integer.toString(loop.recovered())), false));
        return new Section(f.t("review.satisfaction"), blocks);
    }

    private static Section risks(ClientReview r, ReportFormat f) {
        List<SummaryRenderer.Item> items = new ArrayList<>();
        for (ClientReview.Risk risk : r.risks()) {
            List<String> lines = new ArrayList<>();
            String severity = risk.severity().label(f.messages());
            lines.add(risk.target() == null ? f.t("review.risk.noTarget", f.date(risk.raisedOn()), severity)
                    : f.t("review.risk", f.date(risk.raisedOn()), severity, f.date(risk.target())));
            if (!risk.measures().isBlank()) {
                lines.add(f.t("summary.problem.measures", risk.measures()));
            }
            items.add(new SummaryRenderer.Item(risk.description(), lines));
        }
        return new Section(f.t("review.risks"), items(items, f.t("review.risks.none")));
    }

    private static Section asks(ClientReview r, ReportFormat f) {
        List<SummaryRenderer.Item> items = new ArrayList<>();
        for (ClientAsk a : r.asks()) {
            String line = !a.open() ? f.t("review.ask.done", f.date(a.due()), f.date(a.doneOn()))
                    : a.due().isBefore(r.preparedOn()) ? f.t("review.ask.overdue", f.date(a.due()))
                    : f.t("review.ask.due", f.date(a.due()));
            items.add(new SummaryRenderer.Item(a.what(), List.of(line)));
        }
        return new Section(f.t("review.asks"), items(items, f.t("review.asks.none")));
    }

    private static Section dueNext(ClientReview r, ReportFormat f) {
        List<SummaryRenderer.Item> items = new ArrayList<>();
        for (ClientReview.DuePromise p : r.dueNext()) {
            items.add(new SummaryRenderer.Item(p.what(), List.of(f.t("review.promise.due", f.date(p.due())))));
        }
        return new Section(f.t("review.dueNext", f.date(r.next().from()), f.date(r.next().to())),
                items(items, f.t("review.dueNext.none")));
    }

    private static SvgChart.Series percentSeries(String key, String name, ClientReview r, ReportFormat f,
                                                 Function<ClientReview.PeriodFigures, Double> figure) {
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ClientReview.PeriodFigures p : r.trend()) {
            Double v = figure.apply(p);
            values.add(dev.rapport.logic.Figures.percentValue(v));
            labels.add(f.percent(v));
        }
        return new SvgChart.Series(key, name, values, labels);
    }

    /** "n 4" under each group of bars. */
    private static List<String> notes(List<Integer> counts, ReportFormat f) {
        return counts.stream().map(n -> f.t("review.note.n", Integer.toString(n))).toList();
    }

    private static List<String> periodNames(ClientReview r, ReportFormat f) {
        return r.trend().stream().map(p -> periodName(p.period(), f)).toList();
    }

    /** "Q3 2026" for a calendar quarter, "Oct 2026" for a month, "2026" for a year, else the two dates short. */
    static String periodName(Period p, ReportFormat f) {
        long months = p.wholeMonths();
        if (months == 3 && (p.from().getMonthValue() - 1) % 3 == 0) {
            return f.t("review.period.quarter", Integer.toString((p.from().getMonthValue() - 1) / 3 + 1),
                    Integer.toString(p.from().getYear()));
        }
        if (months == 1) {
            return p.from().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, f.messages().locale()) + " " + p.from().getYear();
        }
        if (months == 12 && p.from().getMonthValue() == 1) {
            return Integer.toString(p.from().getYear());
        }
        DateTimeFormatter shortDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(f.messages().locale());
        return shortDate.format(p.from()) + "–" + shortDate.format(p.to());
    }

    private static String nps(Integer v) {
        return v == null ? dev.rapport.logic.Figures.DASH : v.toString();
    }

    private static String margin(Double m) {
        return dev.rapport.logic.FigureText.margin(m);
    }

    private static Double oneDecimal(Double v) {
        return v == null ? null : dev.rapport.logic.Figures.round(v, 1);
    }

    private static double zeroIfNull(Double v) {
        return v == null ? 0 : v;
    }

    private static String wholeOrOne(double v, ReportFormat f) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : f.number(v);
    }

    // ---- Markdown

    public static String markdown(ClientReview r, Messages language) {
        ReportFormat f = new ReportFormat(language);
        StringBuilder b = new StringBuilder();
        ClientDocumentRenderer.markdownTop(b, title(r, f), subtitle(r, f));
        int n = 0;
        for (Section sec : outline(r, f)) {
            n++;
            b.append("\n## ").append(n).append(". ").append(Esc.md(sec.title())).append("\n\n");
            for (Block block : sec.blocks()) {
                if (block instanceof Para p) {
                    b.append(p.muted() ? "*" : "").append(Esc.md(p.text())).append(p.muted() ? "*" : "").append("\n\n");
                } else if (block instanceof Items items) {
                    ClientDocumentRenderer.markdownItems(b, n, items.items());
                } else if (block instanceof Chart c) {
                    table(b, c);
                }
            }
        }
        return b.toString().stripTrailing() + "\n";
    }

    private static void table(StringBuilder b, Chart c) {
        b.append("*").append(Esc.md(c.title())).append("*\n\n");
        b.append("| ").append(Esc.md(c.categoryHeader()));
        for (SvgChart.Series s : c.series()) {
            b.append(" | ").append(Esc.md(s.name()));
        }
        b.append(" | ").append(Esc.md(c.noteHeader())).append(" |\n|---");
        b.append("|---:".repeat(c.series().size() + 1)).append("|\n");
        for (int i = 0; i < c.categories().size(); i++) {
            b.append("| ").append(Esc.md(c.categories().get(i)));
            for (SvgChart.Series s : c.series()) {
                b.append(" | ").append(Esc.md(s.labels().get(i)));
            }
            b.append(" | ").append(Esc.md(Integer.toString(c.counts().get(i)))).append(" |\n");
        }
        for (SvgChart.Target t : c.targets()) {
            b.append("\n").append(Esc.md(t.label()));
        }
        b.append(c.targets().isEmpty() ? "\n" : "\n\n");
    }

    // ---- HTML

    static final String STYLE = SummaryRenderer.STYLE
            + ".chart-box { margin: .6em 0 .8em; page-break-inside: avoid; }\n"
            + ".chart-box svg { display: block; max-width: 100%; height: auto; }\n"
            + ".headline { font-size: 12pt; font-weight: bold; margin: .2em 0 .4em; }\n"
            + "table.chart-data { border-collapse: collapse; font-size: 8.5pt; color: #59636e; margin: .2em 0 0 0; }\n"
            + "table.chart-data th, table.chart-data td { padding: .1em .7em; text-align: right; border-bottom: 1px solid #eaeef2; }\n"
            + "table.chart-data th:first-child { text-align: left; font-weight: normal; }\n";

    public static String html(ClientReview r, Messages language) {
        ReportFormat f = new ReportFormat(language);
        StringBuilder b = new StringBuilder(32_768);
        ClientDocumentRenderer.htmlTop(b, language, STYLE, title(r, f), subtitle(r, f));
        int n = 0;
        for (Section sec : outline(r, f)) {
            n++;
            b.append("<h2>").append(n).append(". ").append(Esc.html(sec.title())).append("</h2>\n");
            for (Block block : sec.blocks()) {
                if (block instanceof Para p) {
                    String cls = n == 1 && !p.muted() ? "headline" : p.muted() ? "figures" : "";
                    b.append(cls.isEmpty() ? "<p>" : "<p class=\"" + cls + "\">").append(Esc.html(p.text())).append("</p>\n");
                } else if (block instanceof Items items) {
                    ClientDocumentRenderer.htmlItems(b, n, items.items());
                } else if (block instanceof Chart c) {
                    b.append("<div class=\"chart-box\">\n").append(c.svg()).append('\n');
                    dataTable(b, c);
                    b.append("</div>\n");
                }
            }
        }
        ClientDocumentRenderer.htmlEnd(b);
        return b.toString();
    }

    /**
     * The chart's numbers as a small table under it: for readers that cannot see the picture, and
     * so the PDF's text holds them (its chart text is drawn as shapes).
     */
    private static void dataTable(StringBuilder b, Chart c) {
        b.append("<table class=\"chart-data\">\n<tr><th>").append(Esc.html(c.categoryHeader())).append("</th>");
        for (String category : c.categories()) {
            b.append("<th>").append(Esc.html(category)).append("</th>");
        }
        b.append("</tr>\n");
        for (SvgChart.Series s : c.series()) {
            b.append("<tr><th>").append(Esc.html(s.name())).append("</th>");
            for (String label : s.labels()) {
                b.append("<td>").append(Esc.html(label)).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("<tr><th>").append(Esc.html(c.noteHeader())).append("</th>");
        for (Integer count : c.counts()) {
            b.append("<td>").append(count).append("</td>");
        }
        b.append("</tr>\n</table>\n");
    }

    /** The review in the screen's language (for callers without a chosen one). */
    public static String html(ClientReview r) {
        return html(r, I18n.messages());
    }
}
