package dev.rapport.logic;

// A verbatim copy of TodayService before it read TodayRows (kept as the equivalence oracle).

import dev.rapport.model.Client;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.FollowUp;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.RhythmState;
import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;
import dev.rapport.model.TodayItem.Kind;
import dev.rapport.model.WorkingHours;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test oracle: the Today view computed the way it was before issue 6's speed work, from whole
 * model objects and every client's overview. TodayService must give exactly the same day.
 * Everything that needs the consultant now, most urgent first (the Today view and `rapport today`):
 * overdue and soon-due promises, requests past their acknowledgement target or unanswered, problems
 * at or past target, kept promises and resolutions not yet reported, clients past their rhythm's
 * maximum; and, apart, the clients drifting past their ideal rhythm ("losing touch").
 */
final class TodayOracle {
    private static final int WEEK = 7;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    /** Dates in English as the screen shows them, written out here rather than taken from LocalFormats. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH);

    private final ClientService clients;
    private final LedgerService ledger;
    private final Clock clock;
    private final FollowUpService followUps;
    private final DatesService dates;

    TodayOracle(ClientService clients, LedgerService ledger, Clock clock, FollowUpService followUps, DatesService dates) {
        this.clients = clients;
        this.ledger = ledger;
        this.clock = clock;
        this.followUps = followUps;
        this.dates = dates;
    }

    public TodayItem.Day today() {
        Instant now = clock.instant();
        WorkingHours hours = ledger.workingHours();
        LocalDate today = LocalDate.now(clock);
        List<ClientOverview> overviews = clients.overviews(true);
        Map<Long, String> names = new HashMap<>();
        for (ClientOverview o : overviews) {
            names.put(o.client().id(), o.client().name());
        }
        List<TodayItem> items = new ArrayList<>();
        promises(items, names, today);
        problems(items, names, today);
        requests(items, names, now, hours, today);
        if (followUps != null) {
            followUps(items, names, now, hours, today);
        }
        if (dates != null) {
            for (DatesService.Upcoming u : dates.upcoming(today, DatesService.TODAY_WINDOW_DAYS)) {
                items.add(new TodayItem(u.inDays() == 0 ? Group.TODAY : Group.THIS_WEEK, Kind.DATE_COMING, u.event().id(),
                        u.event().clientId(), u.clientName(), u.title(), u.inDays() == 0 ? "Today"
                        : "On " + DAY.format(u.on()) + ", in " + u.inDays() + (u.inDays() == 1 ? " day" : " days"), -u.inDays() * 1440));
            }
        }
        List<ClientOverview> losing = new ArrayList<>();
        for (ClientOverview o : overviews) {
            if (o.client().status() != ClientStatus.ACTIVE || o.client().archived()) {
                continue;
            }
            if (o.rhythmState() == RhythmState.RED) {
                long late = o.daysSinceLastContact() - o.client().rhythm().maxDays();
                items.add(new TodayItem(Group.OVERDUE, Kind.KEEP_IN_TOUCH, o.client().id(), o.client().id(), o.client().name(),
                        "No contact for " + o.daysSinceLastContact() + " days",
                        "Rhythm: every " + o.client().rhythm().idealDays() + " days, at most " + o.client().rhythm().maxDays(),
                        late * 1440));
            } else if (o.rhythmState() == RhythmState.AMBER) {
                losing.add(o);
            }
        }
        losing.sort(Comparator.comparingDouble((ClientOverview o) ->
                (double) o.daysSinceLastContact() / o.client().rhythm().idealDays()).reversed());
        items.sort(Comparator.comparing(TodayItem::group).thenComparing(Comparator.comparingLong(TodayItem::minutesLate).reversed())
                .thenComparing(TodayItem::clientName));
        return new TodayItem.Day(today, List.copyOf(items), List.copyOf(losing));
    }

    private void promises(List<TodayItem> items, Map<Long, String> names, LocalDate today) {
        for (Promise p : ledger.promisesNeedingAttention(today.plusDays(WEEK))) {
            String client = names.getOrDefault(p.clientId(), "");
            if (p.outcome() == PromiseOutcome.OPEN) {
                long days = ChronoUnit.DAYS.between(p.due(), today);
                Group g = days > 0 ? Group.OVERDUE : days == 0 ? Group.TODAY : days >= -WEEK ? Group.THIS_WEEK : null;
                if (g != null) {
                    String detail = days > 0 ? "Due " + DAY.format(p.due()) + ", " + days + (days == 1 ? " day" : " days") + " late"
                            : days == 0 ? "Due today" : "Due " + DAY.format(p.due()) + ", in " + (-days) + (days == -1 ? " day" : " days");
                    items.add(new TodayItem(g, Kind.PROMISE_DUE, p.id(), p.clientId(), client, p.what(), detail, days * 1440));
                }
            } else if (p.isKept() && p.reportedOn() == null) {
                long days = ChronoUnit.DAYS.between(p.decidedOn(), today);
                items.add(new TodayItem(Group.TODAY, Kind.PROMISE_UNREPORTED, p.id(), p.clientId(), client, p.what(),
                        "Kept " + DAY.format(p.decidedOn()) + "; tell the client what was achieved", days * 1440));
            }
        }
    }

    private void problems(List<TodayItem> items, Map<Long, String> names, LocalDate today) {
        for (Problem p : ledger.problemsNeedingAttention(today.plusDays(WEEK))) {
            String client = names.getOrDefault(p.clientId(), "");
            if (p.isOpen() && p.target() != null) {
                long days = ChronoUnit.DAYS.between(p.target(), today);
                Group g = days > 0 ? Group.OVERDUE : days == 0 ? Group.TODAY : days >= -WEEK ? Group.THIS_WEEK : null;
                if (g != null) {
                    String detail = p.severity().label() + " · target " + DAY.format(p.target())
                            + (days > 0 ? ", " + days + (days == 1 ? " day" : " days") + " past" : days == 0 ? ", today" : "");
                    items.add(new TodayItem(g, Kind.PROBLEM_DUE, p.id(), p.clientId(), client, p.description(), detail, days * 1440));
                }
            } else if (p.status() == ProblemStatus.RESOLVED && p.reportedOn() == null) {
                long days = ChronoUnit.DAYS.between(p.resolvedOn(), today);
                items.add(new TodayItem(Group.TODAY, Kind.RESOLUTION_UNREPORTED, p.id(), p.clientId(), client, p.description(),
                        "Resolved " + DAY.format(p.resolvedOn()) + "; report what it took", days * 1440));
            }
        }
    }

    private void requests(List<TodayItem> items, Map<Long, String> names, Instant now, WorkingHours hours, LocalDate today) {
        Map<Long, ResponseTargets> targets = ledger.allTargets();
        for (Request r : ledger.unansweredRequests()) {
            if (r.answeredAt() != null) {
                continue;
            }
            ResponseTargets t = targets.getOrDefault(r.clientId(), ResponseTargets.DEFAULT);
            String client = names.getOrDefault(r.clientId(), "");
            boolean acknowledged = r.effectiveAcknowledgedAt() != null;
            Instant deadline = WorkingTime.plus(r.receivedAt(), Duration.ofHours(acknowledged ? t.answerHours() : t.acknowledgeHours()),
                    hours, t.roundTheClock());
            long late = Duration.between(deadline, now).toMinutes();
            ZonedDateTime due = deadline.atZone(hours.zone());
            Group g = late > 0 ? Group.OVERDUE : due.toLocalDate().equals(today) ? Group.TODAY : Group.THIS_WEEK;
            String when = due.toLocalDate().equals(today) ? "today " + HM.format(due) : DAY.format(due) + "  " + HM.format(due);
            String detail = (acknowledged ? "Answer" : "Acknowledge") + (late > 0 ? " was due " : " by ") + when
                    + (t.roundTheClock() ? " · round-the-clock" : "");
            items.add(new TodayItem(g, acknowledged ? Kind.REQUEST_ANSWER : Kind.REQUEST_ACKNOWLEDGE, r.id(), r.clientId(), client,
                    r.title(), detail, late));
        }
    }

    private void followUps(List<TodayItem> items, Map<Long, String> names, Instant now, WorkingHours hours, LocalDate today) {
        for (FollowUp f : followUps.pending()) {
            boolean acknowledged = f.acknowledgedAt() != null;
            Instant deadline = acknowledged ? f.talkBy() : f.acknowledgeBy();
            long late = Duration.between(deadline, now).toMinutes();
            ZonedDateTime due = deadline.atZone(hours.zone());
            Group g = late > 0 ? Group.OVERDUE : due.toLocalDate().equals(today) ? Group.TODAY : Group.THIS_WEEK;
            String when = due.toLocalDate().equals(today) ? "today " + HM.format(due) : DAY.format(due) + "  " + HM.format(due);
            String what = f.reason() == FollowUp.Reason.DETRACTOR
                    ? "Detractor: answered " + f.answer().value() + " of 10"
                    : "Dropped to " + FollowUp.categoryName(f.answer().value()) + ": " + f.previousValue() + " → " + f.answer().value();
            String detail = (acknowledged ? "Talk to the client" : "Acknowledge") + (late > 0 ? " was due " : " by ") + when
                    + " · answered " + DAY.format(f.answeredOn());
            items.add(new TodayItem(g, acknowledged ? Kind.FOLLOW_UP_TALK : Kind.FOLLOW_UP_ACKNOWLEDGE, f.answerId(), f.clientId(),
                    names.getOrDefault(f.clientId(), ""), what, detail, late));
        }
    }
}
