package dev.rapport.model;

/**
 * Satisfaction figures over a set of answers (DOMAIN §7). nps is null when there is no 0–10
 * answer; satisfiedShare (0–100, unrounded) is null when there is no answer at all.
 */
public record SatisfactionFigures(int answers, int satisfied, int recommendAnswers, int promoters, int passives,
                                  int detractors, Integer nps, Double satisfiedShare) {

    public static final SatisfactionFigures NONE = new SatisfactionFigures(0, 0, 0, 0, 0, 0, null, null);
}
