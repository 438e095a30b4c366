package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.FollowUp;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyScale;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WorkingHours;
import dev.rapport.store.FollowUpRepository;
import dev.rapport.store.FollowUpRepository.Marks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Close the loop (issue 8): a 0–10 answer of 0–6, or one a category below the same contact's
 * previous 0–10 answer, opens a follow-up. It opens at the start of the answer's day and is timed
 * like a request (DOMAIN §7): acknowledge within 24 and talk to the client within 48 hours by
 * default, counted in working hours unless the client has round-the-clock service. The contact's
 * next 0–10 answer a category higher counts the follow-up as recovered. Answers without a contact
 * are followed by the client's next answer without a contact.
 */
public final class FollowUpService {

    /** Recovered and not (yet) recovered follow-ups. */
    public record Recovery(int recovered, int notRecovered) {
        public int total() {
            return recovered + notRecovered;
        }

        public String text() {
            return I18n.t("health.loop.recovery", recovered, notRecovered);
        }
    }

    /** An answer that opens a follow-up, with the answers before and after it from the same person. */
    record Opening(SurveyAnswer answer, FollowUp.Reason reason, SurveyAnswer previous, SurveyAnswer next) {
    }

    private final HealthService health;
    private final LedgerService ledger;
    private final FollowUpRepository marks;
    private final SettingsService settings;

    FollowUpService(HealthService health, LedgerService ledger, FollowUpRepository marks, SettingsService settings) {
        this.health = health;
        this.ledger = ledger;
        this.marks = marks;
        this.settings = settings;
    }

    public int acknowledgeHours() {
        return settings.current().acknowledgeHours();
    }

    public int talkHours() {
        return settings.current().talkHours();
    }

    public void setTargets(int acknowledgeHours, int talkHours) {
        settings.update(s -> s.withFollowUpTargets(acknowledgeHours, talkHours));
    }

    /** Which answers open a follow-up, over 0–10 answers in any order; oldest first. */
    static List<Opening> openings(List<SurveyAnswer> answers) {
        Map<String, List<SurveyAnswer>> byPerson = new HashMap<>();
        answers.stream().filter(a -> a.scale() == SurveyScale.RECOMMEND_0_10)
                .sorted(Comparator.comparing(SurveyAnswer::answeredOn).thenComparingLong(SurveyAnswer::id))
                .forEach(a -> byPerson.computeIfAbsent(a.contactId() == null ? "client " + a.clientId() : "contact " + a.contactId(),
                        k -> new ArrayList<>()).add(a));
        List<Opening> out = new ArrayList<>();
        for (List<SurveyAnswer> list : byPerson.values()) {
            for (int i = 0; i < list.size(); i++) {
                SurveyAnswer a = list.get(i);
                SurveyAnswer previous = i > 0 ? list.get(i - 1) : null;
                SurveyAnswer next = i + 1 < list.size() ? list.get(i + 1) : null;
                int category = FollowUp.category(a.value());
                if (category == 0) {
                    out.add(new Opening(a, FollowUp.Reason.DETRACTOR, previous, next));
                } else if (previous != null && FollowUp.category(previous.value()) > category) {
                    out.add(new Opening(a, FollowUp.Reason.DROP, previous, next));
                }
            }
        }
        out.sort(Comparator.comparing((Opening o) -> o.answer().answeredOn()).thenComparingLong(o -> o.answer().id()));
        return out;
    }

    /** Every follow-up ever opened, oldest first. */
    public List<FollowUp> all() {
        List<Opening> openings = openings(health.answers(null, null));
        if (openings.isEmpty()) {
            return List.of();
        }
        Map<Long, Marks> done = marks.all();
        Map<Long, ResponseTargets> targets = ledger.allTargets();
        // the settings once, not once per value (each read is the whole settings table)
        dev.rapport.model.JournalSettings current = settings.current();
        WorkingHours hours = current.workingHours();
        Duration ack = Duration.ofHours(current.acknowledgeHours());
        Duration talk = Duration.ofHours(current.talkHours());
        List<FollowUp> out = new ArrayList<>();
        for (Opening o : openings) {
            SurveyAnswer a = o.answer();
            boolean allHours = targets.getOrDefault(a.clientId(), ResponseTargets.DEFAULT).roundTheClock();
            Instant opened = a.answeredOn().atStartOfDay(hours.zone()).toInstant();
            Marks m = done.getOrDefault(a.id(), Marks.NONE);
            out.add(new FollowUp(a, o.reason(), o.previous() == null ? null : o.previous().value(), opened,
                    WorkingTime.plus(opened, ack, hours, allHours), WorkingTime.plus(opened, talk, hours, allHours),
                    m.acknowledgedAt(), m.talkedAt(), o.next()));
        }
        return out;
    }

    /** The follow-ups still needing the consultant: not yet talked to the client and not already recovered. */
    public List<FollowUp> pending() {
        return all().stream().filter(f -> f.open() && !f.recovered()).toList();
    }

    public FollowUp get(long answerId) {
        return all().stream().filter(f -> f.answerId() == answerId).findFirst()
                .orElseThrow(() -> new ValidationException("followUp", I18n.t("validation.followUp.none")));
    }

    /** Marks the follow-up acknowledged now (unless it already was); returns it as it was before, for undo. */
    public FollowUp acknowledge(long answerId, Instant at) {
        FollowUp before = get(answerId);
        requireNotBefore(before, at);
        marks.put(answerId, new Marks(before.acknowledgedAt() == null ? at : before.acknowledgedAt(), before.talkedAt()));
        return before;
    }

    /** Marks that the consultant talked to the client (also an acknowledgement); returns the follow-up as it was. */
    public FollowUp talked(long answerId, Instant at) {
        FollowUp before = get(answerId);
        requireNotBefore(before, at);
        marks.put(answerId, new Marks(before.acknowledgedAt() == null ? at : before.acknowledgedAt(), at));
        return before;
    }

    /** Puts the follow-up's marks back as they were. */
    public void restore(FollowUp before) {
        marks.put(before.answerId(), new Marks(before.acknowledgedAt(), before.talkedAt()));
    }

    private static void requireNotBefore(FollowUp f, Instant at) {
        if (at.isBefore(f.openedAt())) {
            throw new ValidationException("at", I18n.t("validation.followUp.before", I18n.date(f.answeredOn())));
        }
    }

    /** Recovered and not-yet-recovered follow-ups opened in the period (all time when null), of one client or all. */
    public Recovery recovery(Long clientId, Period period) {
        int recovered = 0;
        int not = 0;
        for (FollowUp f : all()) {
            if ((clientId == null || f.clientId() == clientId) && (period == null || period.contains(f.answeredOn()))) {
                if (f.recovered()) {
                    recovered++;
                } else {
                    not++;
                }
            }
        }
        return new Recovery(recovered, not);
    }

    /**
     * Closing the loop over a period, for the client review: the unhappy answers of the period (each
     * opened a follow-up), how many the consultant followed up by talking to the client, and how many
     * recovered; counted over the same follow-ups as {@link #recovery}.
     */
    public ClientReview.Loop loop(long clientId, Period period) {
        int unhappy = 0;
        int followedUp = 0;
        int recovered = 0;
        for (FollowUp f : all()) {
            if (f.clientId() == clientId && period.contains(f.answeredOn())) {
                unhappy++;
                followedUp += f.talkedAt() != null ? 1 : 0;
                recovered += f.recovered() ? 1 : 0;
            }
        }
        return new ClientReview.Loop(unhappy, followedUp, recovered);
    }

    /** What shows beside an NPS: the recovery counts of the period and the same figures for the periods before it. */
    public record Beside(Recovery recovery, List<PeriodFigures> earlier) {
        /** "Earlier: 2026 Q3 NPS 20 (n 3) · 2026 Q2 NPS — (n 0)", newest first. */
        public String earlierText() {
            return I18n.t("health.earlier", earlierList());
        }

        /** The earlier periods alone: "2026 Q3 NPS 20 (n 3) · 2026 Q2 NPS — (n 0)". */
        public String earlierList() {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < earlier.size(); i++) {
                PeriodFigures p = earlier.get(i);
                b.append(i == 0 ? "" : " · ").append(periodName(p.period())).append(' ').append(Satisfaction.npsText(p.figures()));
            }
            return b.toString();
        }
    }

    /** The recovery counts for a period and the figures of the count periods before it (newest first), one client or all. */
    public Beside beside(Long clientId, Period period, int count) {
        List<PeriodFigures> earlier = new ArrayList<>();
        Period p = period;
        for (int i = 0; i < count; i++) {
            p = p.previous();
            earlier.add(new PeriodFigures(p, health.figures(clientId, p)));
        }
        return new Beside(recovery(clientId, period), earlier);
    }

    /** "2026 Q3" for a calendar quarter, "Oct 2026" for a month, "2026" for a year, else "from – to". */
    public static String periodName(Period p) {
        boolean wholeMonths = p.from().getDayOfMonth() == 1 && p.to().plusDays(1).getDayOfMonth() == 1;
        long months = wholeMonths ? java.time.temporal.ChronoUnit.MONTHS.between(p.from(), p.to().plusDays(1)) : 0;
        if (months == 3 && (p.from().getMonthValue() - 1) % 3 == 0) {
            return I18n.t("health.period.quarter", String.valueOf((p.from().getMonthValue() - 1) / 3 + 1),
                    String.valueOf(p.from().getYear()));
        }
        if (months == 1) {
            return p.from().getMonth().getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, I18n.messages().locale()) + " "
                    + p.from().getYear();
        }
        if (months == 12 && p.from().getMonthValue() == 1) {
            return Integer.toString(p.from().getYear());
        }
        return p.toString();
    }
}
