package dev.rapport.ui.ledger;

import dev.rapport.logic.Figures;
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
        super(app, "problems", "Problems", "Report a problem", List.of(ProblemStatus.values()), ProblemStatus::label, "Any status",
                "No problems match. Good — or report one with “Report a problem”.",
                List.of(new String[] {"open", "open"}, new String[] {"on-target", "resolved on target"},
                        new String[] {"median-days", "median days to resolve"}, new String[] {"reported", "resolution reported"}));
        column("Client", 160, p -> clientName(p.clientId()));
        column("Problem", 300, Problem::description);
        column("Severity", 90, p -> p.severity().label());
        column("Raised", 112, p -> Formats.date(p.raisedOn()));
        column("By", 100, p -> p.raisedBy().label());
        column("Target", 112, p -> Formats.date(p.target()));
        column("Status", 180, p -> p.isPastTarget(app.session().today()) ? p.status().label() + ", past target" : p.status().label());
        column("Reported", 112, p -> p.status() == ProblemStatus.RESOLVED
                ? (p.reportedOn() == null ? "not yet" : Formats.date(p.reportedOn())) : "");
        reload();
    }

    @Override
    protected List<Problem> load(Long clientId) {
        return app.session().ledger().problems(clientId);
    }

    @Override
    protected boolean matches(Problem p, ProblemStatus state, LocalDate from, LocalDate to) {
        return (state == null || p.status() == state) && within(p.isOpen() ? p.raisedOn() : p.resolvedOn(), from, to);
    }

    @Override
    protected void showFigures(LedgerFigures.All all, Map<String, Label> figures) {
        LedgerFigures.Problems f = all.problems();
        figures.get("open").setText(Integer.toString(f.open()));
        figures.get("on-target").setText(Figures.percentText(f.onTargetPercent()));
        figures.get("median-days").setText(Formats.number(f.medianDaysToResolve(), 1));
        figures.get("reported").setText(Figures.percentText(f.resolutionReportedPercent()));
    }

    @Override
    protected void open(Problem p) {
        ProblemForm.edit(app, p, s -> app.navigator().refresh());
    }

    @Override
    protected void create(Long clientId) {
        ProblemForm.create(app, clientId, s -> app.navigator().refresh());
    }
}
