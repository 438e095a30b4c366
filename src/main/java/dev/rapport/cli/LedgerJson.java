package dev.rapport.cli;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.logic.FigureText;
import dev.rapport.logic.Figures;
import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;

import java.util.LinkedHashMap;
import java.util.Map;

/** The ledger's figures as text lines and as JSON maps, named as in DOMAIN §7; null where nothing is counted. */
final class LedgerJson {
    private LedgerJson() {
    }

    static Map<String, Object> promises(LedgerFigures.Promises f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("decided", f.decided());
        m.put("kept", f.kept());
        m.put("keptPercent", Figures.percentValue(f.keptPercent()));
        m.put("onTimePercent", Figures.percentValue(f.onTimePercent()));
        m.put("exceededPercent", Figures.percentValue(f.exceededPercent()));
        Map<String, Object> dims = new LinkedHashMap<>();
        f.exceededByDimension().forEach((d, v) -> dims.put(Json.word(d), Figures.percentValue(v)));
        m.put("exceededPercentByDimension", dims);
        m.put("reportedPercent", Figures.percentValue(f.reportedPercent()));
        m.put("open", f.open());
        m.put("overdue", f.overdue());
        return m;
    }

    static Map<String, Object> problems(LedgerFigures.Problems f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("open", f.open());
        m.put("resolved", f.resolved());
        m.put("onTargetPercent", Figures.percentValue(f.onTargetPercent()));
        m.put("medianDaysToResolve", oneDecimal(f.medianDaysToResolve()));
        m.put("resolutionReportedPercent", Figures.percentValue(f.resolutionReportedPercent()));
        return m;
    }

    static Map<String, Object> requests(LedgerFigures.Requests f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requests", f.requests());
        m.put("unacknowledged", f.unacknowledged());
        m.put("unanswered", f.unanswered());
        m.put("medianHoursToAcknowledge", oneDecimal(f.medianHoursToAcknowledge()));
        m.put("medianHoursToAnswer", oneDecimal(f.medianHoursToAnswer()));
        m.put("acknowledgedWithinTargetPercent", Figures.percentValue(f.acknowledgedWithinTargetPercent()));
        m.put("answeredWithinTargetPercent", Figures.percentValue(f.answeredWithinTargetPercent()));
        return m;
    }

    static String promisesLine(LedgerFigures.Promises f) {
        StringBuilder dims = new StringBuilder();
        for (Dimension d : Dimension.values()) {
            dims.append(dims.length() == 0 ? "" : ", ").append(d.label().toLowerCase(I18n.messages().locale())).append(' ')
                    .append(FigureText.percent(f.exceededByDimension().get(d)));
        }
        return I18n.t("cli.ledger.promises", FigureText.percent(f.keptPercent()), FigureText.percent(f.onTimePercent()),
                FigureText.percent(f.exceededPercent()), dims.toString(), FigureText.percent(f.reportedPercent()), f.overdue(),
                f.open(), f.decided());
    }

    static String problemsLine(LedgerFigures.Problems f) {
        return I18n.t("cli.ledger.problems", f.open(), FigureText.percent(f.onTargetPercent()), hours(f.medianDaysToResolve()),
                FigureText.percent(f.resolutionReportedPercent()), f.resolved());
    }

    static String requestsLine(LedgerFigures.Requests f) {
        return I18n.t("cli.ledger.requests", hours(f.medianHoursToAcknowledge()), hours(f.medianHoursToAnswer()),
                FigureText.percent(f.acknowledgedWithinTargetPercent()), FigureText.percent(f.answeredWithinTargetPercent()),
                f.unanswered(), f.requests());
    }

    static Double oneDecimal(Double v) {
        return v == null ? null : Figures.round(v, 1);
    }

    static String hours(Double v) {
        return v == null ? Figures.DASH : LocalFormats.number(Figures.round(v, 1), 1, I18n.messages().locale());
    }
}
