package dev.rapport.ui.ledger;

import dev.rapport.logic.FigureText;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Urgency;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Request;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.ledger.RequestsView.Stage;

import java.util.List;
import java.util.Map;

/** Every request, with the median hours to acknowledge and to answer, the shares within target and the unanswered count. */
public final class RequestsViewModel extends LedgerViewModel<Request, Stage> {
    /** A request is ranked by its answer targets; the period is of the day received, in the working hours' zone. */
    public RequestsViewModel(JournalSession session, Background background) {
        super(session, background, List.of(Stage.values()), Kind.REQUESTS, new Rows<>((s, clientId) -> s.ledger().requests(clientId),
                (r, today) -> Urgency.of(r, session.ledger().acknowledgeBy(r), session.ledger().answerBy(r), session.clock().instant()),
                Stage::of, (r, zone) -> r.receivedAt().atZone(zone).toLocalDate()));
    }

    @Override
    protected Map<String, String> figureTexts(LedgerFigures.All all) {
        LedgerFigures.Requests f = all.requests();
        return Map.of("ack-hours", FigureText.oneDecimal(f.medianHoursToAcknowledge()),
                "ack-within", FigureText.percent(f.acknowledgedWithinTargetPercent()),
                "answer-hours", FigureText.oneDecimal(f.medianHoursToAnswer()),
                "answer-within", FigureText.percent(f.answeredWithinTargetPercent()),
                "unanswered", Integer.toString(f.unanswered()));
    }
}
