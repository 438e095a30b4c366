package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.logic.HealthReport;
import dev.rapport.logic.Satisfaction;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.AttributeState;
import dev.rapport.model.Client;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.Rating;
import dev.rapport.model.RapportException;
import dev.rapport.model.SatisfactionFigures;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "health", mixinStandardHelpOptions = true, versionProvider = Version.class, description = "One client's relationship health: attribute states (weakest first) and "
        + "satisfaction figures (NPS, satisfied share, by method) for a period, default the current quarter.")
final class HealthCommand implements Callable<Integer> {
    @Option(names = "--client", required = true, paramLabel = "NAME", description = "The client (case-insensitive).")
    String client;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (default: the quarter's first).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: the quarter's last).")
    LocalDate to;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Mixin
    JournalOption journalOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (JournalSession session = journalOption.openForReading()) {
            Client c = session.clients().byName(client);
            Period quarter = Period.quarterOf(session.today());
            Period period = new Period(from == null ? (to == null ? quarter.from() : to.minusMonths(3).plusDays(1)) : from,
                    to == null ? (from == null ? quarter.to() : from.plusMonths(3).minusDays(1)) : to);
            HealthReport report = HealthReport.client(session, c, period);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = toJson(report);
                doc.put("npsMargin", round1(Satisfaction.npsMargin(report.figures())));
                doc.put("satisfiedShareMargin", round1(Satisfaction.shareMargin(report.figures())));
                doc.put("recovered", report.beside().recovery().recovered());
                doc.put("notRecovered", report.beside().recovery().notRecovered());
                out.println(Json.write(doc));
            } else {
                print(out, report);
            }
            out.flush();
        } catch (dev.rapport.model.ValidationException e) {
            throw new RapportException(I18n.t("cli.badPeriod", e.getMessage()));
        }
        return 0;
    }

    private static void print(PrintWriter out, HealthReport report) {
        Period period = report.period();
        SatisfactionFigures f = report.figures();
        List<HealthAlert> alerts = report.alerts();
        List<AttributeState> states = report.client().states();
        Table table = new Table(out);
        Client c = report.client().client();
        table.row("cli.health.client", c.name());
        table.row("cli.health.period", I18n.t("cli.stats.period", period.from().toString(), period.to().toString()));
        table.row("cli.health.satisfaction", line(f));
        for (var e : report.byMethod().entrySet()) {
            if (e.getValue().answers() > 0) {
                table.subRow(e.getKey().label(), line(e.getValue()));
            }
        }
        StringBuilder t = new StringBuilder();
        for (PeriodFigures p : report.trend()) {
            t.append(t.length() == 0 ? "" : " · ").append(quarterName(p.period())).append(' ')
                    .append(p.figures().nps() == null ? Figures.DASH : p.figures().nps().toString());
        }
        table.row("cli.health.npsTrend", t.toString());
        table.row("cli.health.margin", Satisfaction.npsText(f) + "; " + Satisfaction.shareText(f));
        table.row("cli.health.closeTheLoop", report.beside().recovery().text());
        table.row("cli.health.earlier", report.beside().earlierList());
        table.row("cli.health.alerts", alerts.isEmpty() ? I18n.t("cli.health.none") : alerts.get(0).message());
        for (int i = 1; i < alerts.size(); i++) {
            table.subRow("", alerts.get(i).message());
        }
        table.row("cli.health.attributes", I18n.plural("cli.health.weakestFirst", report.client().trendReviews()));
        List<String> never = new ArrayList<>();
        for (AttributeState s : states) {
            if (s.neverReviewed()) {
                never.add(s.item().name());
                continue;
            }
            table.line(String.format("  %-15s %-15s %s  %s  [%s]", s.item().name(), s.latest().label().toLowerCase(I18n.messages().locale()),
                    s.latestOn(), arrow(s.direction()), String.join(", ", s.trend().stream().map(HealthCommand::word).toList())));
        }
        table.row("cli.health.neverReviewed", never.isEmpty() ? I18n.t("cli.health.none") : String.join(", ", never));
        table.print();
    }

    private static Double round1(Double v) {
        return v == null ? null : Figures.round(v, 1);
    }

    private static String line(SatisfactionFigures f) {
        if (f.answers() == 0) {
            return I18n.t("cli.health.noAnswers", Figures.DASH);
        }
        String nps = f.nps() == null ? I18n.t("cli.health.npsNone", Figures.DASH)
                : I18n.t("cli.health.nps", Integer.toString(f.nps()), f.promoters(), f.passives(), f.detractors());
        return I18n.t("cli.health.satisfied", nps, FigureText.percent(f.satisfiedShare()), f.satisfied(), f.answers());
    }

    private static String word(Rating r) {
        return switch (r) {
            case MET -> I18n.t("cli.health.rating.met");
            case PARTLY -> I18n.t("cli.health.rating.partly");
            case NOT_MET -> I18n.t("cli.health.rating.notMet");
            case NOT_APPLICABLE -> I18n.t("cli.health.rating.notApplicable");
        };
    }

    private static String arrow(Integer direction) {
        return direction == null ? "·" : direction > 0 ? "↑" : direction < 0 ? "↓" : "→";
    }

    private static String quarterName(Period p) {
        return p.from().getYear() + " Q" + ((p.from().getMonthValue() - 1) / 3 + 1);
    }

    private static Map<String, Object> toJson(HealthReport report) {
        Client c = report.client().client();
        Period period = report.period();
        List<AttributeState> states = report.client().states();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("client", c.name());
        doc.put("from", period.from().toString());
        doc.put("to", period.to().toString());
        doc.put("satisfaction", figures(report.figures()));
        Map<String, Object> methods = new LinkedHashMap<>();
        report.byMethod().forEach((m, mf) -> methods.put(Json.word(m), figures(mf)));
        doc.put("byMethod", methods);
        List<Map<String, Object>> t = new ArrayList<>();
        for (PeriodFigures p : report.trend()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", p.period().from().toString());
            row.put("to", p.period().to().toString());
            row.putAll(figures(p.figures()));
            t.add(row);
        }
        doc.put("trend", t);
        doc.put("alerts", report.alerts().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", Json.word(a.kind()));
            m.put("message", a.message());
            return m;
        }).toList());
        doc.put("trendReviews", report.client().trendReviews());
        List<Map<String, Object>> attrs = new ArrayList<>();
        for (AttributeState s : states) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", s.item().name());
            a.put("kind", Json.word(s.item().kind()));
            a.put("latest", s.latest() == null ? null : Json.word(s.latest()));
            a.put("latestOn", s.latestOn() == null ? null : s.latestOn().toString());
            a.put("trend", s.trend().stream().map(Json::word).toList());
            a.put("score", s.score() == null ? null : Figures.round(s.score(), 2));
            attrs.add(a);
        }
        doc.put("attributes", attrs);
        doc.put("neverReviewed", states.stream().filter(AttributeState::neverReviewed).map(s -> s.item().name()).toList());
        return doc;
    }

    private static Map<String, Object> figures(SatisfactionFigures f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("answers", f.answers());
        m.put("nps", f.nps());
        m.put("promoters", f.promoters());
        m.put("passives", f.passives());
        m.put("detractors", f.detractors());
        m.put("satisfied", f.satisfied());
        m.put("satisfiedShare", Figures.percentValue(f.satisfiedShare()));
        return m;
    }
}
