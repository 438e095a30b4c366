package dev.rapport.logic;

import dev.rapport.model.ClientAsk;
import dev.rapport.model.Check;
import dev.rapport.model.Limits;
import dev.rapport.model.Period;
import dev.rapport.model.Problem;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.ValidationException;
import dev.rapport.i18n.I18n;
import dev.rapport.store.ClientReviewRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assembles the client review from the services every other screen uses, so its figures are the
 * ones {@code rapport stats} and the client page show, and keeps what the consultant writes for
 * it: the headline of each review and the client's asks.
 */
public final class ClientReviewService {
    /** Periods the charts show before the reviewed one. */
    public static final int EARLIER = 3;

    private final ReportService reports;
    private final LedgerService ledger;
    private final HealthService health;
    private final FollowUpService followUps;
    private final ClientReviewRepository store;
    private final Clock clock;

    ClientReviewService(ReportService reports, LedgerService ledger, HealthService health, FollowUpService followUps,
                        ClientReviewRepository store, Clock clock) {
        this.reports = reports;
        this.ledger = ledger;
        this.health = health;
        this.followUps = followUps;
        this.store = store;
        this.clock = clock;
    }

    /** The review of one client over an inclusive period, with the {@link #EARLIER} periods before it for the charts. */
    public ClientReview review(long clientId, Period period) {
        ClientSummary summary = reports.summary(clientId, period);
        List<Period> periods = new ArrayList<>();
        Period p = period;
        for (int i = 0; i <= EARLIER; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        List<ClientReview.PeriodFigures> trend = new ArrayList<>();
        for (Period each : periods) {
            SatisfactionFigures s = health.figures(clientId, each);
            trend.add(new ClientReview.PeriodFigures(each, ledger.figures(clientId, each.from(), each.to()), s,
                    Satisfaction.npsMargin(s), Satisfaction.shareMargin(s)));
        }
        List<ClientReview.MonthFigures> months = new ArrayList<>();
        for (LocalDate m = period.from().withDayOfMonth(1); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            LocalDate from = m.isBefore(period.from()) ? period.from() : m;
            LocalDate end = m.plusMonths(1).minusDays(1);
            LocalDate to = end.isAfter(period.to()) ? period.to() : end;
            months.add(new ClientReview.MonthFigures(new Period(from, to), ledger.figures(clientId, from, to).requests()));
        }
        List<ClientReview.Risk> risks = ledger.problems(clientId).stream().filter(Problem::isOpen)
                .sorted(Comparator.comparing(Problem::severity).reversed().thenComparing(Problem::raisedOn))
                .map(x -> new ClientReview.Risk(x.description(), x.raisedOn(), x.severity(), x.target(), x.measures()))
                .toList();
        List<ClientAsk> asks = store.asks(clientId).stream()
                .filter(a -> a.open() || period.contains(a.doneOn())).toList();
        Period next = period.next();
        List<ClientReview.DuePromise> dueNext = ledger.promises(clientId).stream()
                .filter(x -> x.outcome() == PromiseOutcome.OPEN && next.contains(x.due()))
                .sorted(Comparator.comparing(Promise::due).thenComparing(Promise::id))
                .map(x -> new ClientReview.DuePromise(x.what(), x.due()))
                .toList();
        ResponseTargets targets = ledger.allTargets().getOrDefault(clientId, ResponseTargets.DEFAULT);
        return new ClientReview(summary, store.headline(clientId, period), trend, months, targets,
                followUps.loop(clientId, period), risks, asks, next, dueNext);
    }

    // ---- what the consultant writes

    public String headline(long clientId, Period period) {
        return store.headline(clientId, period);
    }

    /** Keeps the review's headline: one or two lines; blank removes it. */
    public String saveHeadline(long clientId, Period period, String headline) {
        String text = Check.limit("headline", "headline", headline == null ? "" : headline.strip(), Limits.SHORT_TEXT);
        store.saveHeadline(clientId, period, text);
        return text;
    }

    public List<ClientAsk> asks(long clientId) {
        return store.asks(clientId);
    }

    public ClientAsk ask(long id) {
        return store.ask(id).orElseThrow(() -> new ValidationException("ask", I18n.t("validation.ask.none", Long.toString(id))));
    }

    public ClientAsk saveAsk(ClientAsk ask) {
        return store.save(ask);
    }

    /** Marks the ask done on the day (today when null), or open again when {@code done} is false. */
    public ClientAsk markDone(long id, boolean done) {
        ClientAsk ask = ask(id);
        return store.save(ask.withDone(done ? LocalDate.now(clock) : null));
    }

    public void deleteAsk(long id) {
        ask(id);
        store.delete(id);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
