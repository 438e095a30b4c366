package dev.rapport.logic;

import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Period;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.PromiseResult;
import dev.rapport.model.RaisedBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The client-facing summary of one client over a period (DOMAIN §4, §6), holding only what may be
 * shared: shareable interaction summaries, promises, problems and requests with their figures.
 * By construction it carries no private notes, no attribute reviews, no survey methods and no
 * other client's data: renderers see only this record.
 */
public record ClientSummary(String clientName, Period period, LocalDate preparedOn, List<Update> updates,
                            List<PromiseLine> promises, List<ProblemLine> problems, List<RequestLine> requests,
                            LedgerFigures.All figures) {

    public ClientSummary {
        updates = List.copyOf(updates);
        promises = List.copyOf(promises);
        problems = List.copyOf(problems);
        requests = List.copyOf(requests);
    }

    /** A progress update: a conversation's shareable summary. */
    public record Update(LocalDate on, String title, String summary) {
    }

    /**
     * A promise made or decided in the period. {@code state} is open, renegotiated, kept on time,
     * kept late, broken or cancelled (exceeded reads as kept on time or late, with the exceeded
     * dimensions beside it); the element of excellence when kept. Words come from the renderer,
     * in the summary's language.
     */
    public record PromiseLine(String what, LocalDate madeOn, LocalDate due, PromiseResult state, LocalDate decidedOn,
                              Set<Dimension> exceeded, String otherDimension, String excellence) {
        public PromiseLine {
            exceeded = Set.copyOf(exceeded);
        }
    }

    /** A problem raised or closed in the period, with its consequences, measures and resolution. */
    public record ProblemLine(String description, LocalDate raisedOn, RaisedBy raisedBy, String consequences, String measures,
                              LocalDate target, ProblemStatus state, LocalDate resolvedOn, String whatItTook, String prevention) {
    }

    /**
     * A request received in the period: its questions in order, and the hours to acknowledge and
     * to answer (working hours unless round the clock; null while not yet so).
     */
    public record RequestLine(String subject, List<String> questions, java.time.LocalDateTime receivedAt,
                              Double hoursToAcknowledge, Double hoursToAnswer) {
        public RequestLine {
            questions = List.copyOf(questions);
        }
    }

    public boolean isEmpty() {
        return updates.isEmpty() && promises.isEmpty() && problems.isEmpty() && requests.isEmpty();
    }
}
