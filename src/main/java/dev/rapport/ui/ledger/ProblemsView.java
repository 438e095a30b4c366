package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.logic.Urgency;
import dev.rapport.logic.FigureText;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javafx.scene.control.Label;

/** Every problem, with open count, on target %, median days to resolve and resolution reported % for the filter. */
public final class ProblemsView extends LedgerView<Problem, ProblemStatus> {
    public ProblemsView(AppContext app) {
        super(app, "problems", I18n.t("ledger.problems.title"), I18n.t("ledger.problems.new"), List.of(ProblemStatus.values()),
                ProblemStatus::label, I18n.t("ledger.problems.anyStatus"), I18n.t("ledger.problems.empty"),
                List.of(new String[] {"open", I18n.t("ledger.problems.fig.open")}, new String[] {"on-target", I18n.t("ledger.problems.fig.onTarget")},
                        new String[] {"median-days", I18n.t("ledger.problems.fig.medianDays")},
                        new String[] {"reported", I18n.t("ledger.problems.fig.reported")}));
        column(I18n.t("ledger.col.client"), 160, p -> clientName(p.clientId()));
        column(I18n.t("ledger.problems.col.problem"), 300, Problem::description);
        column(I18n.t("ledger.problems.col.severity"), 90, p -> p.severity().label());
        column(I18n.t("ledger.problems.col.raised"), 112, p -> Formats.date(p.raisedOn()));
        column(I18n.t("ledger.problems.col.by"), 100, p -> p.raisedBy().label());
        column(I18n.t("ledger.problems.col.target"), 112, p -> Formats.date(p.target()));
        column(I18n.t("ledger.problems.col.status"), 180, p -> p.isPastTarget(app.session().today())
                ? I18n.t("ledger.problems.pastTarget", p.status().label()) : p.status().label());
        column(I18n.t("ledger.col.reported"), 112, p -> p.status() == ProblemStatus.RESOLVED
                ? (p.reportedOn() == null ? I18n.t("ledger.notYet") : Formats.date(p.reportedOn())) : "");
        reload();
    }

    @Override
    protected List<Problem> load(Long clientId) {
        return app.session().ledger().problems(clientId);
    }

    @Override
    protected dev.rapport.logic.JournalChanges.Kind kind() {
        return dev.rapport.logic.JournalChanges.Kind.PROBLEMS;
    }

    @Override
    protected Urgency.Rank rank(Problem p) {
        return Urgency.of(p, app.session().today());
    }

    @Override
    protected boolean matches(Problem p, ProblemStatus state, LocalDate from, LocalDate to) {
        return (state == null || p.status() == state) && within(p.isOpen() ? p.raisedOn() : p.resolvedOn(), from, to);
    }

    @Override
    protected void showFigures(LedgerFigures.All all, Map<String, Label> figures) {
        LedgerFigures.Problems f = all.problems();
        figures.get("open").setText(Integer.toString(f.open()));
        figures.get("on-target").setText(FigureText.percent(f.onTargetPercent()));
        figures.get("median-days").setText(FigureText.oneDecimal(f.medianDaysToResolve()));
        figures.get("reported").setText(FigureText.percent(f.resolutionReportedPercent()));
    }

    @Override
    protected void open(Problem p) {
        ProblemForm.edit(app, p, s -> { });
    }

    @Override
    protected void create(Long clientId) {
        ProblemForm.create(app, clientId, s -> { });
    }
}
