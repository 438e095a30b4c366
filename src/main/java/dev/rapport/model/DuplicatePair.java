package dev.rapport.model;

import java.util.List;
import java.util.stream.Collectors;

/** Two contacts that are likely the same person (first has the lower id), and why. */
public record DuplicatePair(Contact first, Contact second, List<Reason> reasons) {

    public enum Reason {
        SAME_EMAIL("same email"), SAME_PHONE("same phone"), SIMILAR_NAME("similar name at the same client");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        return reasons.stream().map(Reason::label).collect(Collectors.joining(", "));
    }
}
