package dev.rapport.logic;

import dev.rapport.i18n.I18n;
import dev.rapport.model.HealthAlert;
import dev.rapport.model.Period;
import dev.rapport.model.SatisfactionFigures;
import dev.rapport.model.SurveyAnswer;
import dev.rapport.model.SurveyMethod;
import dev.rapport.model.SurveyScale;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The satisfaction figures and the investigate rule, exactly as DOMAIN §7 defines them. */
public final class Satisfaction {
    /** Answers a period needs before its satisfied share may raise an alert. */
    public static final int MIN_ANSWERS_FOR_SHARE = 5;
    /** 0–10 answers each of two periods needs before an NPS drop may raise an alert. */
    public static final int MIN_ANSWERS_FOR_NPS = 3;
    public static final int NPS_DROP = 20;

    private Satisfaction() {
    }

    /**
     * Promoters 9–10, passives 7–8, detractors 0–6 over the 0–10 answers; NPS = 100 × (promoters −
     * detractors) / 0–10 answers rounded half away from zero, null without 0–10 answers; satisfied
     * share over all answers, null without answers.
     */
    public static SatisfactionFigures figures(Collection<SurveyAnswer> answers) {
        int satisfied = 0;
        int recommend = 0;
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (SurveyAnswer a : answers) {
            if (a.satisfied()) {
                satisfied++;
            }
            if (a.scale() == SurveyScale.RECOMMEND_0_10) {
                recommend++;
                if (a.value() >= 9) {
                    promoters++;
                } else if (a.value() >= 7) {
                    passives++;
                } else {
                    detractors++;
                }
            }
        }
        Integer nps = recommend == 0 ? null : (int) Figures.roundToLong(100.0 * (promoters - detractors) / recommend);
        return new SatisfactionFigures(answers.size(), satisfied, recommend, promoters, passives, detractors, nps,
                Figures.percent(satisfied, answers.size()));
    }

    /** The same figures per collection method, every method present (NONE where no answer used it). */
    public static Map<SurveyMethod, SatisfactionFigures> byMethod(Collection<SurveyAnswer> answers) {
        Map<SurveyMethod, SatisfactionFigures> out = new EnumMap<>(SurveyMethod.class);
        for (SurveyMethod m : SurveyMethod.values()) {
            out.put(m, figures(answers.stream().filter(a -> a.method() == m).toList()));
        }
        return out;
    }

    /** Satisfied share strictly below the norm, over at least five answers. */
    public static boolean belowNorm(SatisfactionFigures f, int normPercent) {
        return f.answers() >= MIN_ANSWERS_FOR_SHARE && (long) f.satisfied() * 100 < (long) normPercent * f.answers();
    }

    /** The shown NPS fell by 20 points or more from the previous period, each with at least three 0–10 answers. */
    public static boolean npsDropped(SatisfactionFigures previous, SatisfactionFigures current) {
        return previous.recommendAnswers() >= MIN_ANSWERS_FOR_NPS && current.recommendAnswers() >= MIN_ANSWERS_FOR_NPS
                && previous.nps() - current.nps() >= NPS_DROP;
    }

    /** The low-satisfaction alert for one client (or the practice when clientId is null), if it fires. */
    public static Optional<HealthAlert> shareAlert(Long clientId, String name, Period period, SatisfactionFigures f, int norm) {
        if (!belowNorm(f, norm)) {
            return Optional.empty();
        }
        String who = clientId == null ? I18n.t("health.alert.allClients") : name;
        return Optional.of(new HealthAlert(HealthAlert.Kind.LOW_SATISFACTION, clientId, name, period, f.satisfiedShare(), null,
                f.answers(), I18n.t("health.alert.lowSatisfaction", who, FigureText.percent(f.satisfiedShare()), f.satisfied(),
                        f.answers(), FigureText.percent((double) norm))));
    }

    /** The NPS-drop alert for one client, if it fires. */
    public static Optional<HealthAlert> npsAlert(long clientId, String name, Period period, SatisfactionFigures previous,
                                                 SatisfactionFigures current) {
        if (!npsDropped(previous, current)) {
            return Optional.empty();
        }
        return Optional.of(new HealthAlert(HealthAlert.Kind.NPS_DROP, clientId, name, period, current.nps(), previous.nps(),
                current.recommendAnswers(), I18n.t("health.alert.npsDrop", name, String.valueOf(previous.nps()),
                        String.valueOf(current.nps()))));
    }

    /** Figures with fewer answers than this show n alone, without a margin of error. */
    public static final int MIN_ANSWERS_FOR_MARGIN = 5;

    /**
     * The 95% margin of error of the NPS in points: 1.96 × sqrt((p + d − (p − d)²) / n) × 100, where p
     * and d are the promoters' and detractors' shares of the n 0–10 answers; null below five answers.
     */
    public static Double npsMargin(SatisfactionFigures f) {
        int n = f.recommendAnswers();
        if (n < MIN_ANSWERS_FOR_MARGIN) {
            return null;
        }
        double p = (double) f.promoters() / n;
        double d = (double) f.detractors() / n;
        return 1.96 * Math.sqrt((p + d - (p - d) * (p - d)) / n) * 100;
    }

    /** The 95% margin of error of the satisfied share in points: 1.96 × sqrt(s(1 − s) / n) × 100; null below five answers. */
    public static Double shareMargin(SatisfactionFigures f) {
        int n = f.answers();
        if (n < MIN_ANSWERS_FOR_MARGIN) {
            return null;
        }
        double s = (double) f.satisfied() / n;
        return 1.96 * Math.sqrt(s * (1 - s) / n) * 100;
    }

    /** "NPS 20 ±48 (n 10)", "NPS 33 (n 3)" or "NPS — (n 0)". */
    public static String npsText(SatisfactionFigures f) {
        Double m = npsMargin(f);
        return I18n.t("health.npsText", f.nps() == null ? Figures.DASH : f.nps().toString(), FigureText.margin(m),
                f.recommendAnswers());
    }

    /** "80% ±25 satisfied (n 10)" or "— satisfied (n 0)". */
    public static String shareText(SatisfactionFigures f) {
        Double m = shareMargin(f);
        return I18n.t("health.shareText", FigureText.percent(f.satisfiedShare()), FigureText.margin(m), f.answers());
    }
}
