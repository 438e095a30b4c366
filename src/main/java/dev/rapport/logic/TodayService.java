package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.i18n.LocalFormats;
import dev.rapport.model.ClientOverview;
import dev.rapport.model.FollowUp;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.RhythmState;
import dev.rapport.model.Severity;
import dev.rapport.model.TodayItem;
import dev.rapport.model.TodayItem.Group;
import dev.rapport.model.TodayItem.Kind;
import dev.rapport.model.WorkingHours;
import dev.rapport.store.TodayRows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that needs the consultant now, most urgent first (the Today view and `rapport today`):
 * overdue and soon-due promises, requests past their acknowledgement target or unanswered, problems
 * at or past target, kept promises and resolutions not yet reported, clients past their rhythm's
 * maximum, coming meetings (this week's without a brief, and every one today or tomorrow), ended
 * meetings waiting for their write-up; and, apart, the clients drifting past their ideal rhythm ("losing touch").
 */
public final class TodayService {
    private static final int WEEK = 7;
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    /** By group, then the latest first, then by client name; spelled out, as a chain of key extractors costs more than the rest of the sort. */
    static final Comparator<TodayItem> MOST_URGENT_FIRST = (a, b) -> {
        int byGroup = a.group().compareTo(b.group());
        if (byGroup != 0) {
            return byGroup;
        }
        int byLateness = Long.compare(b.minutesLate(), a.minutesLate());
        return byLateness != 0 ? byLateness : a.clientName().compareTo(b.clientName());
    };

    private final ClientService clients;
    private final LedgerService ledger;
    private final TodayRows rows;
    private final Clock clock;
    private final FollowUpService followUps;
    private final DatesService dates;
    private final MeetingService meetings;
    private final WriteUpService writeUps;

    TodayService(ClientService clients, LedgerService ledger, TodayRows rows, Clock clock, FollowUpService followUps,
                 DatesService dates, MeetingService meetings, WriteUpService writeUps) {
        this.meetings = meetings;
        this.writeUps = writeUps;
        this.clients = clients;
        this.ledger = ledger;
        this.rows = rows;
        this.clock = clock;
        this.followUps = followUps;
        this.dates = dates;
    }

    public TodayItem.Day today() {
        Instant now = clock.instant();
        WorkingHours hours = ledger.workingHours();
        LocalDate today = LocalDate.now(clock);
        List<TodayRows.ClientRow> clientRows = rows.clients();
        Map<Long, String> names = new HashMap<>();
        for (TodayRows.ClientRow c : clientRows) {
            names.put(c.id(), c.name());
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
                        u.event().clientId(), u.clientName(), u.title(), u.inDays() == 0 ? I18n.t("today.detail.dateToday")
                        : I18n.plural("today.detail.dateOn", u.inDays(), day(u.on())), -u.inDays() * 1440));
            }
        }
        if (meetings != null) {
            meetings(items, names, today);
        }
        if (writeUps != null) {
            writeUps(items, names, now);
        }
        List<Long> drifting = new ArrayList<>();
        for (TodayRows.ClientRow client : clientRows) {
            if (!client.watched()) {
                continue;
            }
            Long days = client.lastContact() == null ? null : ChronoUnit.DAYS.between(client.lastContact(), today);
            RhythmState state = client.rhythm().stateAfter(days);
            if (state == RhythmState.RED) {
                long late = days - client.rhythm().maxDays();
                items.add(new TodayItem(Group.OVERDUE, Kind.KEEP_IN_TOUCH, client.id(), client.id(), client.name(),
                        I18n.plural("today.title.noContact", days),
                        I18n.t("today.detail.rhythm", client.rhythm().idealDays(), client.rhythm().maxDays()),
                        late * 1440));
            } else if (state == RhythmState.AMBER) {
                drifting.add(client.id());
            }
        }
        // Only the drifting clients need the list's full overview (people, entries, open items).
        List<ClientOverview> losing = new ArrayList<>(clients.overviews(drifting));
        losing.sort(Comparator.comparingDouble((ClientOverview o) ->
                (double) o.daysSinceLastContact() / o.client().rhythm().idealDays()).reversed());
        items.sort(MOST_URGENT_FIRST);
        return new TodayItem.Day(today, List.copyOf(items), List.copyOf(losing));
    }

    // Many items read the same words (every promise due on one day has the same detail), so each
    // method formats a distinct text once per Today and looks it up for the next item.

    private void promises(List<TodayItem> items, Map<Long, String> names, LocalDate today) {
        Map<LocalDate, String> dueDetails = new HashMap<>();
        Map<LocalDate, String> keptDetails = new HashMap<>();
        for (TodayRows.PromiseRow p : rows.promises(today.plusDays(WEEK))) {
            String client = names.getOrDefault(p.clientId(), "");
            long days = ChronoUnit.DAYS.between(p.day(), today);
            if (p.open()) {
                Group g = days > 0 ? Group.OVERDUE : days == 0 ? Group.TODAY : days >= -WEEK ? Group.THIS_WEEK : null;
                if (g != null) {
                    String detail = dueDetails.computeIfAbsent(p.day(), due -> days > 0 ? I18n.plural("today.detail.dueLate", days, day(due))
                            : days == 0 ? I18n.t("today.detail.dueToday") : I18n.plural("today.detail.dueIn", -days, day(due)));
                    items.add(new TodayItem(g, Kind.PROMISE_DUE, p.id(), p.clientId(), client, p.what(), detail, days * 1440));
                }
            } else {
                String detail = keptDetails.computeIfAbsent(p.day(), kept -> I18n.t("today.detail.kept", day(kept)));
                items.add(new TodayItem(Group.TODAY, Kind.PROMISE_UNREPORTED, p.id(), p.clientId(), client, p.what(), detail,
                        days * 1440));
            }
        }
    }

    private void problems(List<TodayItem> items, Map<Long, String> names, LocalDate today) {
        Map<LocalDate, String> targetDetails = new HashMap<>();
        Map<LocalDate, String> resolvedDetails = new HashMap<>();
        Map<Severity, String> severities = new EnumMap<>(Severity.class);
        for (TodayRows.ProblemRow p : rows.problems(today.plusDays(WEEK))) {
            String client = names.getOrDefault(p.clientId(), "");
            long days = ChronoUnit.DAYS.between(p.day(), today);
            if (p.open()) {
                Group g = days > 0 ? Group.OVERDUE : days == 0 ? Group.TODAY : days >= -WEEK ? Group.THIS_WEEK : null;
                if (g != null) {
                    String detail = severities.computeIfAbsent(p.severity(), Severity::label) + " · "
                            + targetDetails.computeIfAbsent(p.day(), target -> days > 0
                            ? I18n.plural("today.detail.targetPast", days, day(target))
                            : days == 0 ? I18n.t("today.detail.targetToday", day(target))
                            : I18n.t("today.detail.target", day(target)));
                    items.add(new TodayItem(g, Kind.PROBLEM_DUE, p.id(), p.clientId(), client, p.description(), detail, days * 1440));
                }
            } else {
                String detail = resolvedDetails.computeIfAbsent(p.day(), on -> I18n.t("today.detail.resolved", day(on)));
                items.add(new TodayItem(Group.TODAY, Kind.RESOLUTION_UNREPORTED, p.id(), p.clientId(), client, p.description(),
                        detail, days * 1440));
            }
        }
    }

    private void requests(List<TodayItem> items, Map<Long, String> names, Instant now, WorkingHours hours, LocalDate today) {
        Map<Long, ResponseTargets> targets = ledger.allTargets();
        for (TodayRows.RequestRow r : rows.unansweredRequests()) {
            ResponseTargets t = targets.getOrDefault(r.clientId(), ResponseTargets.DEFAULT);
            String client = names.getOrDefault(r.clientId(), "");
            boolean acknowledged = r.acknowledgedAt() != null;
            Instant deadline = WorkingTime.plus(r.receivedAt(), Duration.ofHours(acknowledged ? t.answerHours() : t.acknowledgeHours()),
                    hours, t.roundTheClock());
            long late = Duration.between(deadline, now).toMinutes();
            ZonedDateTime due = deadline.atZone(hours.zone());
            Group g = late > 0 ? Group.OVERDUE : due.toLocalDate().equals(today) ? Group.TODAY : Group.THIS_WEEK;
            String when = when(due, today);
            String detail = I18n.t("today.detail." + (acknowledged ? "answer" : "acknowledge") + (late > 0 ? "Was" : "By"), when)
                    + (t.roundTheClock() ? " · " + I18n.t("today.detail.roundTheClock") : "");
            items.add(new TodayItem(g, acknowledged ? Kind.REQUEST_ANSWER : Kind.REQUEST_ACKNOWLEDGE, r.id(), r.clientId(), client,
                    r.title(), detail, late));
        }
    }

    /** "today 11:00" or "Nov 27, 2026  11:00". */
    private static String when(ZonedDateTime due, LocalDate today) {
        return due.toLocalDate().equals(today) ? I18n.t("today.detail.todayAt", HM.format(due))
                : LocalFormats.dateTime(due.toLocalDateTime(), I18n.messages().locale());
    }

    /** A date in reasons as the language writes it on screen (the CLI's JSON keeps its own ISO fields). */
    private static String day(LocalDate date) {
        return LocalFormats.date(date, I18n.messages().locale());
    }

    private void followUps(List<TodayItem> items, Map<Long, String> names, Instant now, WorkingHours hours, LocalDate today) {
        for (FollowUp f : followUps.pending()) {
            boolean acknowledged = f.acknowledgedAt() != null;
            Instant deadline = acknowledged ? f.talkBy() : f.acknowledgeBy();
            long late = Duration.between(deadline, now).toMinutes();
            ZonedDateTime due = deadline.atZone(hours.zone());
            Group g = late > 0 ? Group.OVERDUE : due.toLocalDate().equals(today) ? Group.TODAY : Group.THIS_WEEK;
            String when = when(due, today);
            String what = f.reason() == FollowUp.Reason.DETRACTOR
                    ? I18n.t("today.title.detractor", String.valueOf(f.answer().value()))
                    : I18n.t("today.title.dropped." + FollowUp.categoryName(f.answer().value()), String.valueOf(f.previousValue()),
                    String.valueOf(f.answer().value()));
            String detail = I18n.t("today.detail." + (acknowledged ? "talk" : "acknowledge") + (late > 0 ? "Was" : "By"), when)
                    + " · " + I18n.t("today.detail.answered", day(f.answeredOn()));
            items.add(new TodayItem(g, acknowledged ? Kind.FOLLOW_UP_TALK : Kind.FOLLOW_UP_ACKNOWLEDGE, f.answerId(), f.clientId(),
                    names.getOrDefault(f.clientId(), ""), what, detail, late));
        }
    }

    /**
     * The planned meetings: this week's whose brief was not opened yet (issue 8), and every one today or
     * tomorrow (the day before and on the day, issue 23) with the brief one key away, briefed or not.
     */
    private void meetings(List<TodayItem> items, Map<Long, String> names, LocalDate today) {
        Instant now = clock.instant();
        Instant afterTomorrow = today.plusDays(2).atStartOfDay(clock.getZone()).toInstant();
        for (dev.rapport.model.Meeting m : meetings.thisWeek()) {
            if (m.briefed() && !m.startsInstant().isBefore(afterTomorrow)) {
                continue;
            }
            // which day it falls on here (instants compared); the time shown is the meeting's own, its place named if elsewhere
            long days = ChronoUnit.DAYS.between(today, m.startsInstant().atZone(clock.getZone()).toLocalDate());
            String place = dev.rapport.model.Moments.placeIfElsewhere(m.zone());
            String time = HM.format(m.startsAt()) + (place.isEmpty() ? "" : " (" + place + ")");
            String when = days == 0 ? I18n.t("calendar.today.meetingToday", time)
                    : I18n.t("calendar.today.meetingOn", day(m.startsAt().toLocalDate()), time);
            items.add(new TodayItem(days == 0 ? Group.TODAY : Group.THIS_WEEK, m.briefed() ? Kind.MEETING_BRIEFED : Kind.MEETING_UNBRIEFED,
                    m.id(), m.clientId(), names.getOrDefault(m.clientId(), ""), m.title(),
                    when + " · " + I18n.t(m.briefed() ? "writeup.today.briefed" : "calendar.today.noBrief"),
                    -Duration.between(now, m.startsInstant()).toMinutes()));
        }
    }

    /** Ended meetings waiting for their write-up, one per client whose people were there (issue 23). */
    private void writeUps(List<TodayItem> items, Map<Long, String> names, Instant now) {
        LocalDate today = LocalDate.now(clock);
        for (dev.rapport.model.WriteUp w : writeUps.pending()) {
            ZonedDateTime end = w.ends();
            String ended = end.toLocalDate().equals(today) ? I18n.t("writeup.today.endedToday", HM.format(end))
                    : I18n.t("writeup.today.endedOn", day(end.toLocalDate()), HM.format(end));
            String place = dev.rapport.model.Moments.placeIfElsewhere(w.starts().getZone());
            String detail = ended + (place.isEmpty() ? "" : " (" + place + ")")
                    + (w.people().isEmpty() ? "" : " · " + I18n.t("writeup.today.with", String.join(", ", w.people())));
            items.add(new TodayItem(Group.TODAY, Kind.WRITE_UP, w.meetingId(), w.clientId(), names.getOrDefault(w.clientId(), ""),
                    I18n.t("writeup.today.title", w.title()), detail, Duration.between(w.endsInstant(), now).toMinutes()));
        }
    }
}
