package dev.rapport.ui.ledger;

import dev.rapport.logic.FigureText;
import dev.rapport.logic.JournalChanges.Kind;
import dev.rapport.logic.JournalSession;
import dev.rapport.logic.Urgency;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Request;
import dev.rapport.ui.common.Background;
import dev.rapport.ui.ledger.RequestsView.Stage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every request, with the median hours to acknowledge and to answer, the shares within target and the unanswered count. */
public final class RequestsViewModel extends LedgerViewModel<Request, Stage> {
    public RequestsViewModel(JournalSession session, Background background) {
        super(session, background, List.of(Stage.values()), Kind.REQUESTS);
    }

    @Override
    protected List<Request> load(Long clientId) {
        return session.ledger().requests(clientId);
    }

    @Override
    protected Urgency.Rank rank(Request r, LocalDate today) {
        var ledger = session.ledger();
        return Urgency.of(r, ledger.acknowledgeBy(r), ledger.answerBy(r), session.clock().instant());
    }

    /** The period is of the day received, in the working hours' zone. */
    @Override
    protected boolean matches(Request r, Stage stage, LocalDate from, LocalDate to) {
        return (stage == null || Stage.of(r) == stage) && within(r.receivedAt().atZone(zone()).toLocalDate(), from, to);
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
