package dev.rapport.ui.ledger;

import dev.rapport.logic.FigureText;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Urgency;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.ui.common.Background;

import java.util.List;
import java.util.Map;

/** Every problem, with the open count, on target %, median days to resolve and resolution reported %. */
public final class ProblemsViewModel extends LedgerViewModel<Problem, ProblemStatus> {
    public ProblemsViewModel(JournalSession session, Background background) {
        super(session, background, List.of(ProblemStatus.values()), Kind.PROBLEMS, new Rows<>((s, clientId) -> s.ledger().problems(clientId),
                Urgency::of, Problem::status, (p, zone) -> p.isOpen() ? p.raisedOn() : p.resolvedOn()));
    }

    @Override
    protected Map<String, String> figureTexts(LedgerFigures.All all) {
        LedgerFigures.Problems f = all.problems();
        return Map.of("open", Integer.toString(f.open()), "on-target", FigureText.percent(f.onTargetPercent()),
                "median-days", FigureText.oneDecimal(f.medianDaysToResolve()),
                "reported", FigureText.percent(f.resolutionReportedPercent()));
    }
}
