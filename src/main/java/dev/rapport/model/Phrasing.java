package dev.rapport.model;

/** Whether the question was worded positively or negatively (positive wording scores higher). */
public enum Phrasing {
    POSITIVE, NEGATIVE;

    public String label() {
        return Text.capitalise(name());
    }
}
