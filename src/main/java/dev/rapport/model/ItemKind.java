package dev.rapport.model;

/** A checklist item is one of the eleven relationship attributes, one of the four customer goals, or the consultant's own. */
public enum ItemKind {
    ATTRIBUTE, GOAL, OWN;

    public String label() {
        return switch (this) {
            case ATTRIBUTE -> "Attribute";
            case GOAL -> "Customer goal";
            case OWN -> "Own item";
        };
    }
}
