package dev.rapport.model;

/** How well one checklist item was met in a review. Not applicable counts for nothing. */
public enum Rating {
    MET, PARTLY, NOT_MET, NOT_APPLICABLE;

    /** 2 for met, 1 for partly, 0 for not met; null when not applicable. */
    public Integer score() {
        return switch (this) {
            case MET -> 2;
            case PARTLY -> 1;
            case NOT_MET -> 0;
            case NOT_APPLICABLE -> null;
        };
    }

    public String label() {
        return this == NOT_APPLICABLE ? "Not applicable" : Text.capitalise(name());
    }
}
