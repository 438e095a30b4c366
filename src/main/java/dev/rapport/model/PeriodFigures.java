package dev.rapport.model;

/** Satisfaction figures for one period of a trend. */
public record PeriodFigures(Period period, SatisfactionFigures figures) {
}
