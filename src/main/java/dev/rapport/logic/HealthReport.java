package dev.rapport.logic;

import dev.rapport.logic.HealthService.HeatRow;
import dev.rapport.model.AttributeState;
import dev.rapport.model.Client;
import dev.rapport.model.Contact;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.ItemNeglect;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relationship health for a period, built in one place for the Health screen (the whole practice)
 * and `rapport health` (one client): the investigate alerts, satisfaction figures and their split
 * by method, the NPS trend, closing the loop with detractors, and the part only one of them shows.
 *
 * @param practice what only the practice-wide report holds (null for a client's)
 * @param client   what only a client's report holds (null for the practice's)
 */
public record HealthReport(Period period, List<HealthAlert> alerts, SatisfactionFigures figures,
                           Map<SurveyMethod, SatisfactionFigures> byMethod, List<PeriodFigures> trend,
                           FollowUpService.Beside beside, Practice practice, ForClient client) {
    /** The Health screen's NPS trend: this many months. */
    public static final int PRACTICE_TREND_MONTHS = 6;
    /** `rapport health`'s NPS trend: this many quarters. */
    public static final int CLIENT_TREND_QUARTERS = 4;
    /** How many earlier periods stand beside the figures. */
    private static final int EARLIER_PERIODS = 2;

    /**
     * The practice's side: the question of the period and who answered it (names by contact id, and
     * by the negated client id for the client), the heat map with its most neglected items, the norm
     * for the satisfied share, and how many damaged rows were left out.
     */
    public record Practice(Optional<SurveyQuestion> question, List<SurveyAnswer> asked, Map<Long, String> names,
                           List<HeatRow> heat, List<ItemNeglect> neglect, int norm, int leftOut) {
        /** Who gave an answer: the contact's name, else null. */
        public String contactName(SurveyAnswer a) {
            return a.contactId() == null ? null : names.get(a.contactId());
        }

        public String clientName(SurveyAnswer a) {
            return names.getOrDefault(-a.clientId(), "");
        }
    }

    /** One client's side: the attribute states, weakest first, over the last {@code trendReviews} reviews. */
    public record ForClient(Client client, List<AttributeState> states, int trendReviews) {
    }

    /** The whole practice over {@code period}, as the Health screen shows it. */
    public static HealthReport practice(JournalSession session, Period period) {
        HealthService health = session.health();
        Optional<SurveyQuestion> q = health.activeQuestion();
        List<SurveyAnswer> asked = q.map(x -> health.answersTo(x.id())).orElse(List.of());
        Map<Long, String> names = new HashMap<>();
        for (Client c : session.clients().all()) {
            names.put(-c.id(), c.name());
            for (Contact p : session.contacts().forClient(c.id())) {
                names.put(p.id(), p.name());
            }
        }
        List<HeatRow> heat = health.heatMap();
        Practice practice = new Practice(q, asked, names, heat, HealthService.neglect(heat), health.norm(), session.leftOut());
        return new HealthReport(period, health.alerts(period), health.figures(null, period), health.byMethod(null, period),
                health.trend(null, false, PRACTICE_TREND_MONTHS), session.followUps().beside(null, period, EARLIER_PERIODS),
                practice, null);
    }

    /** One client over {@code period}, as `rapport health` prints it. */
    public static HealthReport client(JournalSession session, Client c, Period period) {
        HealthService health = session.health();
        List<HealthAlert> alerts = health.alerts(period).stream().filter(a -> a.clientId() != null && a.clientId() == c.id()).toList();
        return new HealthReport(period, alerts, health.figures(c.id(), period), health.byMethod(c.id(), period),
                health.trend(c.id(), true, CLIENT_TREND_QUARTERS), session.followUps().beside(c.id(), period, EARLIER_PERIODS),
                null, new ForClient(c, health.attributeStates(c.id()), health.trendReviews()));
    }
}
