package dev.rapport.model;

import java.util.List;
import java.util.stream.Collectors;

/** Two contacts that are likely the same person (first has the lower id), and why. */
public record DuplicatePair(Contact first, Contact second, List<Reason> reasons) {

    public enum Reason {
        SAME_EMAIL, SAME_PHONE, SIMILAR_NAME;

        public String label() {
            return dev.rapport.i18n.I18n.t("model.duplicateReason." + Text.key(this));
        }
    }

    public DuplicatePair {
        reasons = List.copyOf(reasons);
    }

    public String reasonText() {
        return reasons.stream().map(Reason::label).collect(Collectors.joining(", "));
    }
}
