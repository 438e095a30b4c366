package dev.rapport.model;

public enum RhythmState {
    /** Within the ideal rhythm. */
    GREEN,
    /** Past the ideal, within the maximum. */
    AMBER,
    /** Past the maximum. */
    RED,
    /** No interaction logged yet. */
    NEVER
}
