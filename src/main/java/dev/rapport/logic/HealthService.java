package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.AttributeState;
import dev.rapport.i18n.Messages;
import dev.rapport.model.ChecklistItem;
import dev.rapport.model.Client;
import dev.rapport.model.ClientStatus;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.ItemNeglect;
import dev.rapport.model.Period;
import dev.rapport.model.PeriodFigures;
import dev.rapport.model.Rating;
import dev.rapport.model.Review;
import dev.rapport.model.ReviewAnswer;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyQuestion;
import dev.rapport.store.ChecklistRepository;
import dev.rapport.store.ClientRepository;
import dev.rapport.store.ReviewRepository;
import dev.rapport.store.SurveyRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relationship health (DOMAIN §1, §5, §7): the checklist and its reviews, the question of the
 * period and its answers, the satisfaction figures and the investigate alerts.
 */
public final class HealthService {
    private final ChecklistRepository checklist;
    private final ReviewRepository reviews;
    private final SurveyRepository surveys;
    private final ClientRepository clients;
    private final SettingsService settings;
    private final Clock clock;

    HealthService(ChecklistRepository checklist, ReviewRepository reviews, SurveyRepository surveys, ClientRepository clients,
                  SettingsService settings, Clock clock) {
        this.checklist = checklist;
        this.reviews = reviews;
        this.surveys = surveys;
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- settings (kept in the journal settings; these read them for the health rules)

    /** The satisfaction norm in percent (default 95, settable 90–99). */
    public int norm() {
        return settings.current().healthNorm();
    }

    public void setNorm(int percent) {
        settings.update(s -> s.withHealthNorm(percent));
    }

    /** Do not ask the same contact again within this many days (0 = always ask). */
    public int throttleDays() {
        return settings.current().throttleDays();
    }

    public void setThrottleDays(int days) {
        settings.update(s -> s.withThrottleDays(days));
    }

    /** How many of the latest reviews an attribute's trend looks at. */
    public int trendReviews() {
        return settings.current().trendReviews();
    }

    // ---- checklist and reviews

    /** Every checklist item in order, switched-off ones included. */
    public List<ChecklistItem> checklist() {
        Messages language = I18n.messages();
        return checklist.all().stream().map(i -> i.inLanguage(language)).toList();
    }

    /** The items a review asks, in order. */
    public List<ChecklistItem> activeChecklist() {
        return checklist().stream().filter(ChecklistItem::active).toList();
    }

    /**
     * Stores changed and new items. A built-in text left at its default wording is stored as the
     * default, so it goes on following the language; a reworded one is kept as typed.
     */
    public List<ChecklistItem> saveChecklist(Collection<ChecklistItem> items) {
        Messages language = I18n.messages();
        return checklist.saveAll(items.stream().map(ChecklistItem::forStorage).toList()).stream()
                .map(i -> i.inLanguage(language)).toList();
    }

    public Review saveReview(Review review) {
        return reviews.save(review);
    }

    public List<Review> saveReviews(Collection<Review> all) {
        return reviews.saveAll(all);
    }

    /** One client's reviews, oldest first. */
    public List<Review> reviews(long clientId) {
        return reviews.forClient(clientId);
    }

    /**
     * Where every active item stands for the client: weakest first (lowest mean score over the
     * last N reviews, then the latest rating), items rated only "not applicable" after those, and
     * items never reviewed last.
     */
    public List<AttributeState> attributeStates(long clientId) {
        List<AttributeState> states = new ArrayList<>(states(activeChecklist(), reviews.forClient(clientId), trendReviews()));
        states.sort(WEAKEST_FIRST);
        return states;
    }

    static final Comparator<AttributeState> WEAKEST_FIRST = Comparator
            .comparing((AttributeState s) -> s.neverReviewed() ? 2 : s.score() == null ? 1 : 0)
            .thenComparing(s -> s.score() == null ? 0.0 : s.score())
            .thenComparing(s -> s.latest() == null || s.latest().score() == null ? 3 : s.latest().score())
            .thenComparing(s -> s.item().position());

    /** The states of the given items over a client's reviews (oldest first), in checklist order. */
    static List<AttributeState> states(List<ChecklistItem> items, List<Review> clientReviews, int lastN) {
        Map<Long, List<Rating>> ratings = new HashMap<>();
        Map<Long, LocalDate> latestOn = new HashMap<>();
        for (Review r : clientReviews) {
            for (ReviewAnswer a : r.answers()) {
                ratings.computeIfAbsent(a.itemId(), k -> new ArrayList<>()).add(a.rating());
                latestOn.put(a.itemId(), r.reviewedOn());
            }
        }
        List<AttributeState> out = new ArrayList<>();
        for (ChecklistItem item : items) {
            List<Rating> all = ratings.getOrDefault(item.id(), List.of());
            List<Rating> trend = all.subList(Math.max(0, all.size() - lastN), all.size());
            Rating latest = all.isEmpty() ? null : all.get(all.size() - 1);
            List<Integer> scores = trend.stream().map(Rating::score).filter(s -> s != null).toList();
            Double score = scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
            out.add(new AttributeState(item, latest, latestOn.get(item.id()), trend, score));
        }
        return out;
    }

    /** One row of the heat map: a client and its items' states in checklist order. */
    public record HeatRow(Client client, List<AttributeState> states) {
    }

    /** Active, not archived clients × active items, in checklist order. */
    public List<HeatRow> heatMap() {
        List<ChecklistItem> items = activeChecklist();
        int n = trendReviews();
        List<Client> shown = clients.all().stream().filter(c -> !c.archived() && c.status() == ClientStatus.ACTIVE).toList();
        Map<Long, Map<Long, List<ReviewRepository.RecentAnswer>>> recent = reviews.recentAnswers(
                shown.stream().map(Client::id).toList(), Math.max(1, n), items.stream().map(ChecklistItem::id).toList());
        List<HeatRow> out = new ArrayList<>(shown.size());
        for (Client c : shown) {
            out.add(new HeatRow(c, recentStates(items, recent.getOrDefault(c.id(), Map.of()), n)));
        }
        return out;
    }

    /** The same states as {@link #states}, from each item's last answers (newest first, at most the trend's length). */
    static List<AttributeState> recentStates(List<ChecklistItem> items, Map<Long, List<ReviewRepository.RecentAnswer>> newestFirst,
                                             int lastN) {
        List<AttributeState> out = new ArrayList<>(items.size());
        for (ChecklistItem item : items) {
            List<ReviewRepository.RecentAnswer> answers = newestFirst.getOrDefault(item.id(), List.of());
            List<Rating> trend = new ArrayList<>(answers.size());
            for (int i = Math.min(answers.size(), Math.max(0, lastN)) - 1; i >= 0; i--) {
                trend.add(answers.get(i).rating());
            }
            Rating latest = answers.isEmpty() ? null : answers.get(0).rating();
            LocalDate latestOn = answers.isEmpty() ? null : answers.get(0).reviewedOn();
            List<Integer> scores = trend.stream().map(Rating::score).filter(s -> s != null).toList();
            Double score = scores.isEmpty() ? null : scores.stream().mapToInt(Integer::intValue).average().orElseThrow();
            out.add(new AttributeState(item, latest, latestOn, trend, score));
        }
        return out;
    }

    /** Which items are neglected most over active clients: weak (not met / partly) or never reviewed, most first. */
    public List<ItemNeglect> neglect() {
        return neglect(heatMap());
    }

    /** The same, over heat-map rows already at hand. */
    public static List<ItemNeglect> neglect(List<HeatRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<ItemNeglect> out = new ArrayList<>();
        int columns = rows.get(0).states().size();
        for (int i = 0; i < columns; i++) {
            int weak = 0;
            int never = 0;
            for (HeatRow row : rows) {
                Rating latest = row.states().get(i).latest();
                if (latest == null) {
                    never++;
                } else if (latest == Rating.NOT_MET || latest == Rating.PARTLY) {
                    weak++;
                }
            }
            out.add(new ItemNeglect(rows.get(0).states().get(i).item(), weak, never, rows.size()));
        }
        out.sort(Comparator.comparingInt((ItemNeglect n) -> -n.neglected()).thenComparingInt(n -> -n.weak())
                .thenComparingInt(n -> n.item().position()));
        return out;
    }

    // ---- the question of the period

    public SurveyQuestion saveQuestion(SurveyQuestion question) {
        return surveys.save(question);
    }

    /** Every question, the latest start first; past ones stay. */
    public List<SurveyQuestion> questions() {
        return surveys.questions();
    }

    /** The question active today: of several, the one that started last. */
    public Optional<SurveyQuestion> activeQuestion() {
        return activeQuestion(LocalDate.now(clock));
    }

    public Optional<SurveyQuestion> activeQuestion(LocalDate day) {
        return surveys.questions().stream().filter(q -> q.activeOn(day)).findFirst();
    }

    public SurveyAnswer saveAnswer(SurveyAnswer answer) {
        return surveys.save(answer);
    }

    public List<SurveyAnswer> saveAnswers(Collection<SurveyAnswer> answers) {
        return surveys.saveAll(answers);
    }

    public void deleteAnswer(long id) {
        surveys.deleteAnswer(id);
    }

    /** Who was asked a question, oldest first. */
    public List<SurveyAnswer> answersTo(long questionId) {
        return surveys.forQuestion(questionId);
    }

    /** Answers of one client (all clients when null) in a period (all time when null), oldest first. */
    public List<SurveyAnswer> answers(Long clientId, Period period) {
        return surveys.answers(clientId, period == null ? null : period.from(), period == null ? null : period.to());
    }

    /**
     * When the throttle says not to ask this contact on the given day: the day they last answered,
     * if that was fewer than N days before. Empty means ask.
     */
    public Optional<LocalDate> askedRecently(long contactId, LocalDate day) {
        int days = throttleDays();
        if (days == 0) {
            return Optional.empty();
        }
        return surveys.lastAnswered(contactId).filter(last -> !last.isAfter(day) && ChronoUnit.DAYS.between(last, day) < days);
    }

    // ---- figures

    public SatisfactionFigures figures(Long clientId, Period period) {
        return Satisfaction.figures(answers(clientId, period));
    }

    public Map<SurveyMethod, SatisfactionFigures> byMethod(Long clientId, Period period) {
        return Satisfaction.byMethod(answers(clientId, period));
    }

    /** Figures for the last count calendar months (quarterly = false) or quarters, oldest first, ending with today's. */
    public List<PeriodFigures> trend(Long clientId, boolean quarterly, int count) {
        LocalDate today = LocalDate.now(clock);
        Period p = quarterly ? Period.quarterOf(today) : Period.monthOf(today);
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(0, p);
            p = p.previous();
        }
        List<SurveyAnswer> all = answers(clientId, new Period(periods.get(0).from(), periods.get(periods.size() - 1).to()));
        List<PeriodFigures> out = new ArrayList<>();
        for (Period period : periods) {
            out.add(new PeriodFigures(period, Satisfaction.figures(all.stream().filter(a -> period.contains(a.answeredOn())).toList())));
        }
        return out;
    }

    /** The investigate alerts for the current calendar quarter (compared with the quarter before). */
    public List<HealthAlert> alerts() {
        return alerts(Period.quarterOf(LocalDate.now(clock)));
    }

    /**
     * The investigate alerts (DOMAIN §7) for a period: the practice's and each client's satisfied
     * share below the norm with at least 5 answers, and each client's NPS falling by 20 points or
     * more from the previous period with at least three 0–10 answers in each. The practice's
     * alert first, then by client name.
     */
    public List<HealthAlert> alerts(Period period) {
        Period before = period.previous();
        int norm = norm();
        List<SurveyAnswer> all = answers(null, new Period(before.from(), period.to()));
        List<SurveyAnswer> now = all.stream().filter(a -> period.contains(a.answeredOn())).toList();
        List<HealthAlert> out = new ArrayList<>();
        Satisfaction.shareAlert(null, I18n.t("health.alert.allClients"), period, Satisfaction.figures(now), norm).ifPresent(out::add);
        for (Client c : clients.all()) {
            List<SurveyAnswer> mine = now.stream().filter(a -> a.clientId() == c.id()).toList();
            List<SurveyAnswer> earlier = all.stream().filter(a -> a.clientId() == c.id() && before.contains(a.answeredOn())).toList();
            SatisfactionFigures current = Satisfaction.figures(mine);
            Satisfaction.shareAlert(c.id(), c.name(), period, current, norm).ifPresent(out::add);
            Satisfaction.npsAlert(c.id(), c.name(), period, Satisfaction.figures(earlier), current).ifPresent(out::add);
        }
        return out;
    }
}
