package dev.rapport.logic;

import dev.rapport.model.ClientAsk;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Period;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.Severity;

import java.time.LocalDate;
import java.util.List;

/**
 * The client review of one client over a period (issue 21): the consultant's headline, then what
 * was delivered, promised, fixed and answered, how satisfied the client is, what is open and what
 * is needed from the client. Every figure comes from the services the screens and {@code rapport
 * stats} use (DOMAIN §7). Like {@link ClientSummary}, which it carries for the period's own lines,
 * it holds only what may be shared: no private notes, mail text, attribute reviews, survey methods
 * or other clients' data; renderers see only this record.
 *
 * @param trend     the earlier periods and this one, oldest first (this period last), for the charts
 * @param months    the period's calendar months (clipped to the period), for the response-time chart
 * @param asks      the asks of the client still open, and those done within the period
 * @param dueNext   open promises due in {@code next}
 */
public record ClientReview(ClientSummary summary, String headline, List<PeriodFigures> trend, List<MonthFigures> months,
                           ResponseTargets targets, Loop loop, List<Risk> risks, List<ClientAsk> asks, Period next,
                           List<DuePromise> dueNext) {

    public ClientReview {
        trend = List.copyOf(trend);
        months = List.copyOf(months);
        risks = List.copyOf(risks);
        asks = List.copyOf(asks);
        dueNext = List.copyOf(dueNext);
    }

    /** One period's ledger and satisfaction figures, with the margins of error of its NPS and satisfied share (null below five answers). */
    public record PeriodFigures(Period period, LedgerFigures.All ledger, SatisfactionFigures satisfaction, Double npsMargin,
                                Double shareMargin) {
    }

    /** The request figures of one month of the period. */
    public record MonthFigures(Period month, LedgerFigures.Requests requests) {
    }

    /** Unhappy answers in the period (they open a follow-up), how many were followed up (talked to), how many recovered. */
    public record Loop(int unhappy, int followedUp, int recovered) {
    }

    /** An open problem: a risk to the work. */
    public record Risk(String description, LocalDate raisedOn, Severity severity, LocalDate target, String measures) {
    }

    /** An open promise falling due in the next period. */
    public record DuePromise(String what, LocalDate due) {
    }

    public String clientName() {
        return summary.clientName();
    }

    public Period period() {
        return summary.period();
    }

    public LocalDate preparedOn() {
        return summary.preparedOn();
    }

    /** This period's figures (the last of the trend). */
    public PeriodFigures current() {
        return trend.get(trend.size() - 1);
    }
}
