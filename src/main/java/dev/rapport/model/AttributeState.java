package dev.rapport.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Where one checklist item stands for one client: the latest rating (null if never reviewed),
 * when, the ratings of the last N reviews that rated it (oldest first), and their mean score
 * (met 2, partly 1, not met 0; not applicable left out; null when nothing counts).
 */
public record AttributeState(ChecklistItem item, Rating latest, LocalDate latestOn, List<Rating> trend, Double score) {

    public AttributeState {
        trend = List.copyOf(trend);
    }

    public boolean neverReviewed() {
        return latest == null;
    }

    /** Rising, falling or steady, comparing the latest scored rating with the one before; null with fewer than two. */
    public Integer direction() {
        List<Integer> scores = trend.stream().map(Rating::score).filter(s -> s != null).toList();
        if (scores.size() < 2) {
            return null;
        }
        return Integer.compare(scores.get(scores.size() - 1), scores.get(scores.size() - 2));
    }
}
