package dev.rapport.model;

/** The client's mood as the consultant read it during an interaction. */
public enum Mood {
    DELIGHTED, POSITIVE, NEUTRAL, CONCERNED, UPSET;

    public String label() {
        return Text.capitalise(name());
    }
}
