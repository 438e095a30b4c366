package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.Dimension;
import dev.rapport.model.LedgerFigures;
import dev.rapport.model.Problem;
import dev.rapport.model.ProblemStatus;
import dev.rapport.model.Promise;
import dev.rapport.model.PromiseOutcome;
import dev.rapport.model.RapportException;
import dev.rapport.model.Request;
import dev.rapport.model.ResponseTargets;
import dev.rapport.model.ValidationException;
import dev.rapport.model.WorkingHours;
import dev.rapport.store.FigureRows;
import dev.rapport.store.ProblemRepository;
import dev.rapport.store.PromiseRepository;
import dev.rapport.store.RequestRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Promises, problems and requests (DOMAIN §2–§4): storing them, the one-step actions, and their figures. */
public final class LedgerService {
    private final PromiseRepository promises;
    private final ProblemRepository problems;
    private final RequestRepository requests;
    private final SettingsService settings;
    private final FigureRows rows;
    private final Clock clock;

    LedgerService(PromiseRepository promises, ProblemRepository problems, RequestRepository requests,
                  SettingsService settings, FigureRows rows, Clock clock) {
        this.rows = rows;
        this.promises = promises;
        this.problems = problems;
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
    }

    // ---- promises

    public Promise save(Promise p) {
        return promises.save(p);
    }

    public Promise promise(long id) {
        return promises.find(id).orElseThrow(() -> new RapportException(I18n.t("ledger.error.promiseGone")));
    }

    public List<Promise> promises(Long clientId) {
        return promises.list(clientId);
    }

    /** Open promises due by {@code until} and kept ones not yet reported: what Today may show. */
    public List<Promise> promisesNeedingAttention(LocalDate until) {
        return promises.needingAttention(until);
    }

    /** Open problems with a target by {@code until} and resolutions not yet reported. */
    public List<Problem> problemsNeedingAttention(LocalDate until) {
        return problems.needingAttention(until);
    }

    public List<Request> unansweredRequests() {
        return requests.unanswered();
    }

    public void deletePromise(long id) {
        if (!promises.delete(id)) {
            throw new RapportException(I18n.t("ledger.error.promiseGone"));
        }
    }

    public Promise markKept(long id, LocalDate on, Set<Dimension> exceeded, String otherDimension) {
        Promise p = promise(id);
        return promises.save(p.withOutcome(PromiseOutcome.KEPT, on, exceeded, otherDimension));
    }

    public Promise reportAchievement(long id, LocalDate on, String note) {
        return promises.save(promise(id).withReport(on, note));
    }

    // ---- problems

    public Problem save(Problem p) {
        return problems.save(p);
    }

    public Problem problem(long id) {
        return problems.find(id).orElseThrow(() -> new RapportException(I18n.t("ledger.error.problemGone")));
    }

    public List<Problem> problems(Long clientId) {
        return problems.list(clientId);
    }

    public void deleteProblem(long id) {
        if (!problems.delete(id)) {
            throw new RapportException(I18n.t("ledger.error.problemGone"));
        }
    }

    public Problem resolve(long id, LocalDate on) {
        return problems.save(problem(id).withStatus(ProblemStatus.RESOLVED, on));
    }

    public Problem reportResolution(long id, LocalDate on, String whatItTook) {
        Problem p = problem(id);
        return problems.save(p.withReport(on, whatItTook == null || whatItTook.isBlank() ? p.whatItTook() : whatItTook));
    }

    // ---- requests

    public Request save(Request r) {
        return requests.save(r);
    }

    public Request request(long id) {
        return requests.find(id).orElseThrow(() -> new RapportException(I18n.t("ledger.error.requestGone")));
    }

    public List<Request> requests(Long clientId) {
        return requests.list(clientId);
    }

    public void deleteRequest(long id) {
        if (!requests.delete(id)) {
            throw new RapportException(I18n.t("ledger.error.requestGone"));
        }
    }

    public Request acknowledge(long id, Instant at) {
        return requests.save(request(id).acknowledged(at));
    }

    public ResponseTargets targets(long clientId) {
        return requests.targets().getOrDefault(clientId, ResponseTargets.DEFAULT);
    }

    public Map<Long, ResponseTargets> allTargets() {
        return requests.targets();
    }

    public void saveTargets(long clientId, ResponseTargets targets) {
        requests.saveTargets(clientId, targets);
    }

    /** When the answer to a request is due, by its client's targets. */
    public Instant answerBy(Request r) {
        ResponseTargets t = targets(r.clientId());
        return WorkingTime.plus(r.receivedAt(), Duration.ofHours(t.answerHours()), workingHours(), t.roundTheClock());
    }

    public Instant acknowledgeBy(Request r) {
        ResponseTargets t = targets(r.clientId());
        return WorkingTime.plus(r.receivedAt(), Duration.ofHours(t.acknowledgeHours()), workingHours(), t.roundTheClock());
    }

    // ---- settings

    /** The consultant's working hours (journal settings); the zone defaults to the session clock's. */
    public WorkingHours workingHours() {
        return settings.current().workingHours();
    }

    public void saveWorkingHours(WorkingHours hours) {
        settings.saveWorkingHours(hours);
    }

    /** Parses "HH:MM" for a working-hours field, naming the field when it is not a time. */
    public static LocalTime time(String field, String text) {
        try {
            String t = text == null ? "" : text.strip();
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, I18n.t("validation.notATime", text));
        }
    }

    /**
     * The reply template: the user's own when they edited it, else the default in the language the
     * app speaks now (a stored copy of any language's default counts as not edited).
     */
    public String template(String key) {
        return settings.get(key).filter(s -> !ReplyTemplates.isDefault(key, s)).orElseGet(() -> ReplyTemplates.defaultTemplate(key));
    }

    /** The reply template for a reader of the given language: the user's own when they edited it, else that language's default. */
    public String template(String key, dev.rapport.i18n.Language language) {
        return settings.get(key).filter(s -> !ReplyTemplates.isDefault(key, s)).orElseGet(() -> ReplyTemplates.defaultTemplate(key, language));
    }

    /** Keeps an edited template; a default one is not stored, so it follows the language. */
    public void saveTemplate(String key, String text) {
        settings.put(key, ReplyTemplates.isDefault(key, text) ? "" : text);
    }

    // ---- figures

    /** The figures for one client (or all when clientId is null) over an inclusive period (null ends are open). */
    public LedgerFigures.All figures(Long clientId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", I18n.t("validation.period.endBeforeStart", I18n.date(to), I18n.date(from)));
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, ResponseTargets> targets = requests.targets();
        Ledger.PromiseTally promiseTally = new Ledger.PromiseTally(from, to, today);
        Ledger.ProblemTally problemTally = new Ledger.ProblemTally(from, to);
        Ledger.RequestTally requestTally = new Ledger.RequestTally(id -> targets.getOrDefault(id, ResponseTargets.DEFAULT),
                workingHours(), from, to);
        rows.promises(clientId, promiseTally);
        rows.problems(clientId, problemTally);
        rows.requests(clientId, requestTally);
        return new LedgerFigures.All(promiseTally.result(), problemTally.result(), requestTally.result());
    }
}
