package dev.rapport.ui.ledger;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.ui.AppContext;
import dev.rapport.ui.common.Formats;

import java.util.List;


/** Every problem, with open count, on target %, median days to resolve and resolution reported % for the filter. */
public final class ProblemsView extends LedgerView<Problem, ProblemStatus> {
    public ProblemsView(AppContext app) {
        super(app, new ProblemsViewModel(app.session(), app.background()), "problems", I18n.t("ledger.problems.title"), I18n.t("ledger.problems.new"), ProblemStatus::label, I18n.t("ledger.problems.anyStatus"), I18n.t("ledger.problems.empty"),
                List.of(new String[] {"open", I18n.t("ledger.problems.fig.open")}, new String[] {"on-target", I18n.t("ledger.problems.fig.onTarget")},
                        new String[] {"median-days", I18n.t("ledger.problems.fig.medianDays")},
                        new String[] {"reported", I18n.t("ledger.problems.fig.reported")}));
        column(I18n.t("ledger.col.client"), 160, p -> clientName(p.clientId()));
        column(I18n.t("ledger.problems.col.problem"), 300, Problem::description);
        column(I18n.t("ledger.problems.col.severity"), 90, p -> p.severity().label());
        column(I18n.t("ledger.problems.col.raised"), 112, p -> Formats.date(p.raisedOn()));
        column(I18n.t("ledger.problems.col.by"), 100, p -> p.raisedBy().label());
        column(I18n.t("ledger.problems.col.target"), 112, p -> Formats.date(p.target()));
        column(I18n.t("ledger.problems.col.status"), 180, p -> p.isPastTarget(model.today())
                ? I18n.t("ledger.problems.pastTarget", p.status().label()) : p.status().label());
        column(I18n.t("ledger.col.reported"), 112, p -> p.status() == ProblemStatus.RESOLVED
                ? (p.reportedOn() == null ? I18n.t("ledger.notYet") : Formats.date(p.reportedOn())) : "");
        model.reload();
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
