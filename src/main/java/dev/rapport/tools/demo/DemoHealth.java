package dev.rapport.tools.demo;

import dev.rapport.logic.HealthService;
import dev.rapport.logic.JournalSession;
import dev.rapport.model.Channel;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.Interaction;
import dev.rapport.model.JournalEntry;
import dev.rapport.model.Period;
import dev.rapport.model.Phrasing;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.model.SurveyScale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The health part of the demo practice (DOMAIN §8): reviews with a visible weak spot (keeping
 * clients informed — Comfort — lags everywhere, and Northwind Health Trust slips on several
 * attributes), two questions of the period, and answers including detractors, with Northwind's
 * NPS falling from last quarter to this one so the investigate alert shows.
 */
final class DemoHealth {
    private static final long SEED = 20261126L;
    static final String TROUBLED = "Northwind Health Trust";
    private static final Set<String> WEAK_EVERYWHERE = Set.of("COMFORT");
    private static final Set<String> WEAK_AT_TROUBLED = Set.of("COMFORT", "SAFETY", "SUPPORT", "UNDERSTANDING");
    private static final Set<String> RARELY_ASKED = Set.of("APPRECIATION", "AFFECTION");

    private DemoHealth() {
    }

    static void fill(JournalSession session) {
        Random random = new Random(SEED);
        HealthService health = session.health();
        LocalDate today = session.today();
        Period thisQuarter = Period.quarterOf(today);
        Period lastQuarter = thisQuarter.previous();
        health.setThrottleDays(30);
        SurveyQuestion earlier = health.saveQuestion(new SurveyQuestion(0, "How satisfied are you with our work so far?",
                SurveyScale.SATISFACTION_1_5, Phrasing.POSITIVE, today.minusDays(200), lastQuarter.from().minusDays(1)));
        SurveyQuestion current = health.saveQuestion(new SurveyQuestion(0,
                "How likely are you to recommend working with me to a colleague?", SurveyScale.RECOMMEND_0_10, Phrasing.POSITIVE,
                lastQuarter.from(), thisQuarter.to()));
        List<ChecklistItem> items = health.activeChecklist();
        for (Client client : session.clients().all()) {
            List<JournalEntry> entries = new ArrayList<>(session.interactions().forClient(client.id(), 1000, 0));
            java.util.Collections.reverse(entries);
            List<Review> reviews = new ArrayList<>();
            List<SurveyAnswer> answers = new ArrayList<>();
            Map<Long, LocalDate> lastAsked = new HashMap<>();
            boolean troubled = client.name().equals(TROUBLED);
            for (JournalEntry entry : entries) {
                Interaction i = entry.interaction();
                LocalDate day = i.occurredAt().toLocalDate();
                if (random.nextInt(3) == 0 || entry == entries.get(entries.size() - 1)) {
                    reviews.add(review(random, items, client, i, troubled && !lastQuarter.from().isAfter(day)));
                }
                if (i.contactIds().isEmpty() || client.status() == ClientStatus.PAUSED) {
                    continue;
                }
                long contact = i.contactIds().get(0);
                LocalDate last = lastAsked.get(contact);
                if (last != null && last.plusDays(30).isAfter(day)) {
                    continue;
                }
                SurveyQuestion q = current.activeOn(day) ? current : earlier.activeOn(day) ? earlier : null;
                if (q == null) {
                    continue;
                }
                lastAsked.put(contact, day);
                SurveyMethod method = method(random, i.channel());
                int value = value(random, q.scale(), method, troubled && thisQuarter.contains(day),
                        client.name().startsWith("Brașov"));
                answers.add(new SurveyAnswer(0, q.id(), q.text(), client.id(), contact, i.id(), day, q.scale(), value, method,
                        q.phrasing(), ""));
            }
            if (client.status() == ClientStatus.ACTIVE) {
                answers.addAll(onlineRound(random, session, client, current, lastQuarter.from().plusDays(45), false, today));
                answers.addAll(onlineRound(random, session, client, current, thisQuarter.from().plusDays(14), troubled, today));
            }
            if (!reviews.isEmpty()) {
                health.saveReviews(reviews);
            }
            if (!answers.isEmpty()) {
                health.saveAnswers(answers);
            }
        }
    }

    /** A written survey round by online form: every person at the client answers, not tied to a conversation. */
    private static List<SurveyAnswer> onlineRound(Random random, JournalSession session, Client client, SurveyQuestion q,
                                                  LocalDate day, boolean troubled, LocalDate today) {
        List<SurveyAnswer> out = new ArrayList<>();
        if (day.isAfter(today) || !q.activeOn(day)) {
            return out;
        }
        for (var person : session.contacts().forClient(client.id())) {
            int value = value(random, q.scale(), SurveyMethod.ONLINE_FORM, troubled, client.name().startsWith("Brașov"));
            out.add(new SurveyAnswer(0, q.id(), q.text(), client.id(), person.id(), null, day, q.scale(), value,
                    SurveyMethod.ONLINE_FORM, q.phrasing(), ""));
        }
        return out;
    }

    private static Review review(Random random, List<ChecklistItem> items, Client client, Interaction i, boolean slipping) {
        List<ReviewAnswer> answers = new ArrayList<>();
        for (ChecklistItem item : items) {
            String code = item.code() == null ? "" : item.code();
            if (RARELY_ASKED.contains(code) ? random.nextInt(14) != 0 : random.nextInt(5) == 0) {
                continue;
            }
            double good = 0.8;
            if (WEAK_EVERYWHERE.contains(code)) {
                good = 0.35;
            }
            if (slipping && WEAK_AT_TROUBLED.contains(code)) {
                good = 0.1;
            }
            answers.add(new ReviewAnswer(item.id(), item.name(), item.prompt(), rating(random, good), ""));
        }
        if (answers.isEmpty()) {
            ChecklistItem first = items.get(0);
            answers.add(new ReviewAnswer(first.id(), first.name(), first.prompt(), Rating.MET, ""));
        }
        return new Review(0, client.id(), i.id(), i.occurredAt().toLocalDate(), answers);
    }

    private static Rating rating(Random random, double good) {
        double r = random.nextDouble();
        if (r < 0.04) {
            return Rating.NOT_APPLICABLE;
        }
        if (r < good) {
            return Rating.MET;
        }
        return r < good + (1 - good) * 0.55 ? Rating.PARTLY : Rating.NOT_MET;
    }

    private static SurveyMethod method(Random random, Channel channel) {
        int r = random.nextInt(10);
        if (r == 0) {
            return SurveyMethod.ONLINE_FORM;
        }
        if (r == 1) {
            return SurveyMethod.INTERVIEW;
        }
        return switch (channel) {
            case EMAIL, CHAT, OTHER -> SurveyMethod.WRITTEN;
            default -> SurveyMethod.ORAL;
        };
    }

    /** Oral answers read a little higher, as DOMAIN §5 warns. */
    private static int value(Random random, SurveyScale scale, SurveyMethod method, boolean troubled, boolean lukewarm) {
        int bonus = method == SurveyMethod.ORAL ? 1 : 0;
        if (scale == SurveyScale.SATISFACTION_1_5) {
            return Math.min(5, 3 + random.nextInt(2) + bonus);
        }
        if (troubled) {
            return 3 + random.nextInt(4) + bonus;
        }
        int base = lukewarm ? 6 + random.nextInt(3) : 8 + random.nextInt(3);
        return Math.min(10, base + (random.nextInt(3) == 0 ? bonus : 0));
    }
}
