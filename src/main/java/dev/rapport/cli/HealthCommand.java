package dev.rapport.cli;

import dev.rapport.logic.Figures;
import dev.rapport.logic.FollowUpService;
import dev.rapport.logic.Satisfaction;
import dev.rapport.logic.HealthService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.AttributeState;
import dev.rapport.model.Client;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.Rating;
import dev.rapport.model.RapportException;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyMethod;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
            HealthService health = session.health();
            Client c = session.clients().byName(client);
            Period quarter = Period.quarterOf(session.today());
            Period period = new Period(from == null ? (to == null ? quarter.from() : to.minusMonths(3).plusDays(1)) : from,
                    to == null ? (from == null ? quarter.to() : from.plusMonths(3).minusDays(1)) : to);
            List<AttributeState> states = health.attributeStates(c.id());
            SatisfactionFigures figures = health.figures(c.id(), period);
            Map<SurveyMethod, SatisfactionFigures> byMethod = health.byMethod(c.id(), period);
            List<PeriodFigures> trend = health.trend(c.id(), true, 4);
            FollowUpService.Beside beside = session.followUps().beside(c.id(), period, 2);
            List<HealthAlert> alerts = health.alerts(period).stream().filter(a -> a.clientId() != null && a.clientId() == c.id()).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> doc = toJson(c, period, states, figures, byMethod, trend, alerts, health);
                doc.put("npsMargin", round1(Satisfaction.npsMargin(figures)));
                doc.put("satisfiedShareMargin", round1(Satisfaction.shareMargin(figures)));
                doc.put("recovered", beside.recovery().recovered());
                doc.put("notRecovered", beside.recovery().notRecovered());
                out.println(Json.write(doc));
            } else {
                print(out, c, period, states, figures, byMethod, trend, alerts, health, beside);
            }
            out.flush();
        } catch (dev.rapport.model.ValidationException e) {
            throw new RapportException("Bad period: " + e.getMessage());
        }
        return 0;
    }

    private static void print(PrintWriter out, Client c, Period period, List<AttributeState> states, SatisfactionFigures f,
                              Map<SurveyMethod, SatisfactionFigures> byMethod, List<PeriodFigures> trend,
                              List<HealthAlert> alerts, HealthService health, FollowUpService.Beside beside) {
        out.printf("Client         %s%n", c.name());
        out.printf("Period         %s to %s%n", period.from(), period.to());
        out.printf("Satisfaction   %s%n", line(f));
        for (var e : byMethod.entrySet()) {
            if (e.getValue().answers() > 0) {
                out.printf("  %-13s%s%n", e.getKey().label(), line(e.getValue()));
            }
        }
        StringBuilder t = new StringBuilder();
        for (PeriodFigures p : trend) {
            t.append(t.length() == 0 ? "" : " · ").append(quarterName(p.period())).append(' ')
                    .append(p.figures().nps() == null ? Figures.DASH : p.figures().nps().toString());
        }
        out.printf("NPS trend      %s%n", t);
        out.printf("Margin         %s; %s%n", Satisfaction.npsText(f), Satisfaction.shareText(f));
        out.printf("Close the loop %s%n", beside.recovery().text());
        out.printf("%-15s%s%n", "Earlier", beside.earlierList());
        out.printf("Alerts         %s%n", alerts.isEmpty() ? "none" : alerts.get(0).message());
        for (int i = 1; i < alerts.size(); i++) {
            out.printf("               %s%n", alerts.get(i).message());
        }
        out.printf("Attributes     weakest first, over the last %d reviews%n", health.trendReviews());
        List<String> never = new ArrayList<>();
        for (AttributeState s : states) {
            if (s.neverReviewed()) {
                never.add(s.item().name());
                continue;
            }
            out.printf("  %-15s %-15s %s  %s  [%s]%n", s.item().name(), s.latest().label().toLowerCase(Locale.ROOT),
                    s.latestOn(), arrow(s.direction()), String.join(", ", s.trend().stream().map(HealthCommand::word).toList()));
        }
        out.printf("Never reviewed %s%n", never.isEmpty() ? "none" : String.join(", ", never));
    }

    private static Double round1(Double v) {
        return v == null ? null : Figures.round(v, 1);
    }

    private static String line(SatisfactionFigures f) {
        if (f.answers() == 0) {
            return "no answers: NPS " + Figures.DASH + ", satisfied " + Figures.DASH;
        }
        String nps = f.nps() == null ? "NPS " + Figures.DASH + " (no 0–10 answers)"
                : "NPS " + f.nps() + " (promoters " + f.promoters() + ", passives " + f.passives() + ", detractors "
                + f.detractors() + ")";
        return nps + ", " + Figures.percentText(f.satisfiedShare()) + " satisfied (" + f.satisfied() + " of " + f.answers() + ")";
    }

    private static String word(Rating r) {
        return switch (r) {
            case MET -> "met";
            case PARTLY -> "partly";
            case NOT_MET -> "not met";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    private static String arrow(Integer direction) {
        return direction == null ? "·" : direction > 0 ? "↑" : direction < 0 ? "↓" : "→";
    }

    private static String quarterName(Period p) {
        return p.from().getYear() + " Q" + ((p.from().getMonthValue() - 1) / 3 + 1);
    }

    private static Map<String, Object> toJson(Client c, Period period, List<AttributeState> states, SatisfactionFigures f,
                                              Map<SurveyMethod, SatisfactionFigures> byMethod, List<PeriodFigures> trend,
                                              List<HealthAlert> alerts, HealthService health) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("client", c.name());
        doc.put("from", period.from().toString());
        doc.put("to", period.to().toString());
        doc.put("satisfaction", figures(f));
        Map<String, Object> methods = new LinkedHashMap<>();
        byMethod.forEach((m, mf) -> methods.put(m.name().toLowerCase(Locale.ROOT), figures(mf)));
        doc.put("byMethod", methods);
        List<Map<String, Object>> t = new ArrayList<>();
        for (PeriodFigures p : trend) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("from", p.period().from().toString());
            row.put("to", p.period().to().toString());
            row.putAll(figures(p.figures()));
            t.add(row);
        }
        doc.put("trend", t);
        doc.put("alerts", alerts.stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
            m.put("message", a.message());
            return m;
        }).toList());
        doc.put("trendReviews", health.trendReviews());
        List<Map<String, Object>> attrs = new ArrayList<>();
        for (AttributeState s : states) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", s.item().name());
            a.put("kind", s.item().kind().name().toLowerCase(Locale.ROOT));
            a.put("latest", s.latest() == null ? null : s.latest().name().toLowerCase(Locale.ROOT));
            a.put("latestOn", s.latestOn() == null ? null : s.latestOn().toString());
            a.put("trend", s.trend().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList());
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
